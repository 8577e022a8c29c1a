// Large generated maps for the benchmarks: `scenes` columns in stages of ten, `lanes` lanes
// (one of them the emotion lane), and about `cards` cards spread over the cells.
import { Editor } from '../../shared/editor.ts';
import { LANE_KINDS, emptyDoc, type Card, type JourneyDoc } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { firstKeys } from '../../shared/order.ts';

const WORDS = ['预约', 'test drive', '到店', 'price', '交车', 'follow-up call', '保养', 'waiting', '微信', 'showroom', '金融方案', 'trade-in'];

export function generateMap({ scenes = 60, lanes = 10, cards = 2000 } = {}): JourneyDoc {
  const ops: Operation[] = [];
  for (let s = 0; s < Math.ceil(scenes / 10); s++) ops.push({ type: 'addStage', id: `st${s}`, title: `Stage ${s + 1}` });
  for (let i = 0; i < scenes; i++) {
    ops.push({ type: 'addScene', id: `sc${i}`, stageId: `st${Math.floor(i / 10)}`, title: `Scene ${i + 1}`, channel: i % 2 ? 'online' : 'offline' });
  }
  const kinds = LANE_KINDS.filter((k) => k !== 'emotion' && k !== 'images');
  const cardLanes: string[] = [];
  for (let l = 0; l < lanes; l++) {
    const kind = l === 3 ? 'emotion' : (kinds[l % kinds.length] as (typeof kinds)[number]);
    ops.push({ type: 'addLane', id: `ln${l}`, kind, title: `Lane ${l + 1}` });
    if (kind !== 'emotion') cardLanes.push(`ln${l}`);
  }
  ops.push({ type: 'addCurve', id: 'curve-current', name: 'Current', colour: '#db2777' });
  for (let i = 0; i < scenes; i++) ops.push({ type: 'addEmotionPoint', id: `em${i}`, curveId: 'curve-current', sceneId: `sc${i}`, score: Math.round(Math.sin(i / 3) * 2) });
  const editor = new Editor(emptyDoc('en', `Generated ${scenes}×${lanes}, ${cards} cards`));
  editor.apply(ops);
  // Cards are written directly, with fresh keys per cell: adding thousands through the editor
  // scans the cell each time (fine for one edit, minutes for a generated map).
  const cells = new Map<string, Card[]>();
  for (let c = 0; c < cards; c++) {
    const cell = c % (scenes * cardLanes.length);
    const laneId = cardLanes[cell % cardLanes.length] as string;
    const sceneId = `sc${Math.floor(cell / cardLanes.length)}`;
    const text = `${c + 1}. ${Array.from({ length: 3 + (c % 9) }, (_, w) => WORDS[(c + w) % WORDS.length]).join(' ')}`;
    const list = cells.get(`${laneId} ${sceneId}`) ?? [];
    list.push({ id: `cd${c}`, laneId, sceneId, order: '', text });
    cells.set(`${laneId} ${sceneId}`, list);
  }
  const all: Record<string, Card> = {};
  for (const list of cells.values()) {
    const keys = firstKeys(list.length);
    list.forEach((card, i) => (all[card.id] = { ...card, order: keys[i] as string }));
  }
  return { ...editor.doc, cards: all };
}
