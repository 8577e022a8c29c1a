// Open and save of generated maps (500 / 2,000 / 5,000 cards) against their floor, the same
// rows read and written with raw better-sqlite3 statements, and a peer, the same document as
// JSON (read + parse, stringify + write); undo and redo of 1,000 edits; kills during saves.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readProject, writeProject } from '../../electron/services/projectFile.ts';
import { TABLES, insertSql, toRow } from '../../electron/services/tables.ts';
import { Editor } from '../../shared/editor.ts';
import { COLLECTIONS, type JourneyDoc } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';
import { killDuringSaves } from '../crash/killDuringSaves.ts';
import { generateMap } from './generateMap.ts';
import { line, time } from './measure.ts';

const RUNS = 9;

function rawRead(file: string): void {
  const db = new Database(file, { readonly: true });
  for (const spec of Object.values(TABLES)) db.prepare(`SELECT * FROM ${spec.table}`).all();
  db.close();
}

function rawWrite(file: string, doc: JourneyDoc): void {
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
}

/** Open and save of one map; returns the median open time (ms). */
function benchSize(dir: string, name: string, doc: JourneyDoc, compared?: { name: string; open: number }): number {
  const file = path.join(dir, `${name}.cjm`);
  const json = path.join(dir, `${name}.json`);
  writeProject(file, doc);
  fs.writeFileSync(json, JSON.stringify(doc));

  const open = time(RUNS, () => readProject(file));
  const openFloor = time(RUNS, () => rawRead(file));
  const openJson = time(RUNS, () => JSON.parse(fs.readFileSync(json, 'utf8')));
  line(`open-${name}`, { median: open, floor: openFloor, json: openJson, ratio: open / openFloor, ...(compared && { [`vs_${compared.name}`]: open / compared.open }) });

  const save = time(RUNS, () => writeProject(file, doc));
  const saveFloor = time(RUNS, () => rawWrite(file, doc));
  const saveJson = time(RUNS, () => fs.writeFileSync(json, JSON.stringify(doc), { flush: true }));
  line(`save-${name}`, { median: save, floor: saveFloor, json: saveJson, ratio: save / saveFloor });
  return open;
}

export function benchProjectFile(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-bench-'));
  try {
    benchSize(dir, 'template', createDocument('car-dealer', 'zh-CN'));
    let open5000 = 0;
    for (const cards of [500, 2000, 5000]) open5000 = benchSize(dir, String(cards), generateMap({ scenes: 60, lanes: 10, cards }));
    // the same size with metric definitions and values, pain-point loops with history, a persona (format 6)
    benchSize(dir, '5000-method', generateMap({ scenes: 60, lanes: 10, cards: 5000, method: true }), { name: '5000', open: open5000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 1,000 edits, each its own history entry, then all undone and all redone. */
export function benchHistory(): void {
  const doc = createDocument('car-dealer', 'en');
  const cardIds = Object.keys(doc.cards);
  let editor = new Editor(doc);
  const apply = time(5, () => {
    editor = new Editor(doc);
    for (let i = 0; i < 1000; i++) editor.apply({ type: 'setCardText', id: cardIds[i % cardIds.length] as string, text: `edit ${i}` });
  });
  const undoRedo = time(5, () => {
    while (editor.undo());
    while (editor.redo());
  });
  line('undo-1000', { median: undoRedo, apply });
}

export async function benchKills(kills = 120): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-kills-'));
  try {
    const start = performance.now();
    const report = await killDuringSaves(dir, kills);
    line('kill-during-save', {
      kills: report.kills,
      mid_save: report.midSave,
      journals_left: report.journals,
      reopened_previous: report.previous,
      reopened_new: report.next,
      failures: report.failures.length,
      seconds: Math.round((performance.now() - start) / 1000),
    });
    for (const failure of report.failures) process.stdout.write(`  ${failure}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
