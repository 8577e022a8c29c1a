// import-xlsx-2000: a 2,000-card map written as .xlsx (as Save as Excel… writes it) opened as a
// new map: in-process (zip check, exceljs, the sheet read as a map) and through the parse
// process as the app does it, each a median of five. Also the bytes and the refusal of a zip bomb.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeParseChild } from '../../electron/services/parser/nodeChild.ts';
import { Parser } from '../../electron/services/parser/parser.ts';
import { sheetBytes, sheetMap } from '../../electron/services/sheets/sheetFile.ts';
import { generateMap } from './generateMap.ts';
import { line, median } from './measure.ts';

const RUNS = 5;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchImportSheet(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-sheet-'));
  try {
    const doc = generateMap({ cards: 2000, method: true });
    const writeStart = performance.now();
    const { bytes } = await sheetBytes(doc, 'xlsx');
    const writeMs = performance.now() - writeStart;
    const file = path.join(dir, 'map.xlsx');
    fs.writeFileSync(file, bytes);
    const inProcess = await timed(() => sheetMap(fs.readFileSync(file), file));
    const parser = new Parser({ spawn: () => nodeParseChild() });
    try {
      const parsed = await timed(() => parser.run({ job: 'open', file }));
      const read = await parser.run({ job: 'open', file });
      line('import-xlsx-2000', { cards: Object.keys(read.doc.cards).length, kb: Math.round(bytes.length / 1024), write_ms: writeMs, in_process_ms: inProcess, parse_process_ms: parsed, peak_mb: parser.peakMb });
    } finally {
      parser.dispose();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
