// `npm run bench`: one line per case, `<case>: <figure>=<number> … ratio=<number>`.
// Figures only: a slow figure never fails the run. The browser cases need the built renderer.
import { benchCanvas } from './canvas.bench.ts';
import { benchColdStart } from './coldStart.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchMatrix } from './matrix.bench.ts';
import { benchHostile, benchParsedOpen } from './hostile.bench.ts';
import { benchHandbook } from './handbook.bench.ts';
import { benchHistory, benchKills, benchProjectFile } from './projectFile.bench.ts';

benchProjectFile();
await benchParsedOpen();
await benchHostile();
benchHistory();
await benchColdStart();
await benchCanvas();
await benchMatrix();
await benchExport();
await benchKills();
await benchHandbook();
