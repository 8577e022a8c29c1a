// Do → assert → undo (back to the exact start) → redo (the exact result) → assert again.
import { expect } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { emptyDoc, type JourneyDoc } from '../../../shared/model.ts';
import type { Operation } from '../../../shared/ops.ts';
import { sortOrdered } from '../../../shared/order.ts';

export function doUndoRedo(start: JourneyDoc, ops: Operation | Operation[], assert: (doc: JourneyDoc) => void): JourneyDoc {
  const editor = new Editor(start);
  const before = structuredClone(start);
  editor.apply(ops);
  const after = structuredClone(editor.doc);
  assert(editor.doc);
  expect(editor.undo()).toBe(true);
  expect(editor.doc).toEqual(before);
  expect(editor.redo()).toBe(true);
  expect(editor.doc).toEqual(after);
  assert(editor.doc);
  return editor.doc;
}

/** Two stages (a: a1 a2, b: b1), two lanes (needs, touchpoints), cards, points and a link. */
export function smallMap(): JourneyDoc {
  const editor = new Editor(emptyDoc('en', 'Test map'));
  editor.apply([
    { type: 'addStage', id: 'a', title: 'Aware' },
    { type: 'addStage', id: 'b', title: 'Buy' },
    { type: 'addScene', id: 'a1', stageId: 'a', title: 'Ads', channel: 'online' },
    { type: 'addScene', id: 'a2', stageId: 'a', title: 'Friends', channel: 'offline' },
    { type: 'addScene', id: 'b1', stageId: 'b', title: 'Showroom', channel: 'offline' },
    { type: 'addLane', id: 'needs', kind: 'needs', title: 'Needs' },
    { type: 'addLane', id: 'tp', kind: 'touchpoints', title: 'Touchpoints' },
    { type: 'addCard', id: 'c1', laneId: 'needs', sceneId: 'a1', text: 'Know the price' },
    { type: 'addCard', id: 'c2', laneId: 'needs', sceneId: 'a1', text: 'Compare models' },
    { type: 'addCard', id: 't1', laneId: 'tp', sceneId: 'a1', text: 'Video ad', fields: { channel: 'Short video' } },
    { type: 'addCard', id: 't2', laneId: 'tp', sceneId: 'b1', text: 'Greeting', fields: { role: 'Guard' } },
    { type: 'addLink', id: 'l1', fromCardId: 't1', toCardId: 't2', label: 'books a visit' },
    { type: 'addCurve', id: 'now', name: 'Current', colour: '#db2777' },
    { type: 'addEmotionPoint', id: 'e1', curveId: 'now', sceneId: 'a1', score: 1, note: 'curious' },
    { type: 'addEmotionPoint', id: 'e2', curveId: 'now', sceneId: 'b1', score: -2, note: 'nobody there', cardId: 't2' },
  ]);
  return editor.doc;
}

export const ids = <T extends { id: string; order: string }>(records: Record<string, T>, filter: (r: T) => boolean = () => true) =>
  sortOrdered(Object.values(records).filter(filter)).map((r) => r.id);
