// Open and save of the car-dealer template against the floor: the same rows read and written
// with raw better-sqlite3 statements in the same run.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Editor } from '../../shared/editor.ts';
import { createDocument } from '../../shared/templates.ts';
import { readProject, writeProject } from '../../electron/services/projectFile.ts';
import { TABLES, insertSql, toRow } from '../../electron/services/tables.ts';
import { COLLECTIONS } from '../../shared/model.ts';
import { line, time } from './measure.ts';

const RUNS = 15;

export function benchProjectFile(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-'));
  try {
    const doc = createDocument('car-dealer', 'zh-CN');
    const file = path.join(dir, 'dealer.cjm');
    writeProject(file, doc);

    const open = time(RUNS, () => readProject(file));
    const openFloor = time(RUNS, () => {
      const db = new Database(file, { readonly: true });
      for (const spec of Object.values(TABLES)) db.prepare(`SELECT * FROM ${spec.table}`).all();
      db.close();
    });
    line('open-template', { median: open, floor: openFloor, ratio: open / openFloor });

    const save = time(RUNS, () => writeProject(file, doc));
    const saveFloor = time(RUNS, () => {
      const db = new Database(file);
      db.pragma('synchronous = FULL');
      db.transaction(() => {
        for (const collection of COLLECTIONS) {
          const spec = TABLES[collection];
          db.prepare(`DELETE FROM ${spec.table}`).run();
          const insert = db.prepare(insertSql(spec));
          for (const record of Object.values(doc[collection])) insert.run(...toRow(record as never, spec));
        }
      })();
      db.close();
    });
    line('save-template', { median: save, floor: saveFloor, ratio: save / saveFloor });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function benchHistory(): void {
  const doc = createDocument('car-dealer', 'en');
  const cardIds = Object.keys(doc.cards);
  const ms = time(5, () => {
    const editor = new Editor(doc);
    for (let i = 0; i < 1000; i++) editor.apply({ type: 'setCardText', id: cardIds[i % cardIds.length] as string, text: `edit ${i}` });
    while (editor.undo());
  });
  line('edit-undo-1000', { median: ms });
}
