// `npm run bench`: one line per case, `<case>: <figure>=<number> … ratio=<number>`.
// Later issues add cases (canvas, export, large maps).
import { benchHistory, benchProjectFile } from './projectFile.bench.ts';

benchProjectFile();
benchHistory();
