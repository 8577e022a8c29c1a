// `npm run bench`: one line per case, `<case>: <figure>=<number> … ratio=<number>`.
// Figures only: a slow figure never fails the run. The canvas case needs the built renderer.
import { benchCanvas } from './canvas.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchHistory, benchProjectFile } from './projectFile.bench.ts';

benchProjectFile();
benchHistory();
await benchCanvas();
await benchExport();
