// The export choices in a .cjm: in the map row's `extra` JSON, so the file format (and its
// schema, compared exactly on open) does not change; a hand-edited value is judged on load.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, readProjectBytes, serializeProject, writeProject } from '../../../electron/services/projectFile.ts';
import type { ExportChoices } from '../../../shared/model.ts';
import { smallMap } from '../ops/harness.ts';

const choices: ExportChoices = {
  format: 'pdf',
  stagesLeftOut: ['b'],
  lanesLeftOut: ['tp'],
  page: { size: 'A1', landscape: true, margin: 15, mode: 'tile', overlap: 12 },
  scale: 2,
  background: 'white',
  withDate: true,
};

describe('export choices in the file', () => {
  it("are saved with the map and read back (among the map record's unknown fields, with no column of their own)", () => {
    const doc = structuredClone(smallMap());
    doc.map.exportChoices = choices;
    const read = readProjectBytes(serializeProject(doc, { appVersion: 'test' }), 'kept.cjm');
    expect(read.doc.map.exportChoices).toEqual(choices);
    expect(read.doc).toEqual(doc);
  });

  it('a hostile value written into the file is left out with a problem; the map opens', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-choices-'));
    try {
      const file = path.join(dir, 'hostile.cjm');
      writeProject(file, smallMap(), { appVersion: 'test' });
      const db = new Database(file);
      db.prepare('UPDATE map SET extra = ? WHERE id = 1').run(JSON.stringify({ exportChoices: { ...choices, lanesLeftOut: 'x'.repeat(100_000) } }));
      db.close();
      const read = readProject(file);
      expect(read.doc.map.exportChoices).toBeUndefined();
      expect(read.doc.map.title).toBe('Test map');
      expect(read.problems.join('\n')).toMatch(/field 'exportChoices\.lanesLeftOut'/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
