// `npm run bench`: one line per case, `<case>: <figure>=<number> … ratio=<number>`.
// Figures only: a slow figure never fails the run. The browser cases need the built renderer.
import { benchCanvas } from './canvas.bench.ts';
import { benchColdStart } from './coldStart.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchMatrix } from './matrix.bench.ts';
import { benchHostile, benchParsedOpen } from './hostile.bench.ts';
import { benchHandbook } from './handbook.bench.ts';
import { benchHistory, benchKills, benchProjectFile } from './projectFile.bench.ts';
import { benchOpenImages } from './openImages.bench.ts';
import { benchExportImages } from './exportImages.bench.ts';
import { benchPasteTable } from './pasteTable.bench.ts';
import { benchImportSheet } from './importSheet.bench.ts';
import { benchExportPptx } from './exportPptx.bench.ts';
import { benchExportHtml } from './exportHtml.bench.ts';

// `npm run bench -- <name> …` runs only those benches; no name runs them all.
const BENCHES: Record<string, () => void | Promise<void>> = {
  'project-file': benchProjectFile,
  'parsed-open': benchParsedOpen,
  hostile: benchHostile,
  history: benchHistory,
  'cold-start': benchColdStart,
  canvas: benchCanvas,
  matrix: benchMatrix,
  export: benchExport,
  kills: benchKills,
  handbook: benchHandbook,
  'open-images-50': benchOpenImages,
  'export-images-50': benchExportImages,
  'paste-200': benchPasteTable,
  'import-xlsx-2000': benchImportSheet,
  'export-pptx-60x10': benchExportPptx,
  'export-html-template': benchExportHtml,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench ${unknown.join(', ')}; there are: ${Object.keys(BENCHES).join(', ')}\n`);
  process.exit(2);
}
for (const [name, bench] of Object.entries(BENCHES)) if (wanted.length === 0 || wanted.includes(name)) await bench();

