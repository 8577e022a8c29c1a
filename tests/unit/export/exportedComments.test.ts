// Review comments are the team's, not the client's: an export leaves them out unless asked, and
// when asked keeps only those whose card, scene or emotion point the export shows (with their replies).
import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { exportedDocument } from '../../../shared/export/svg.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';

const AT = '2026-12-02T09:30:00.000Z';
const LATER = '2026-12-02T10:00:00.000Z';

/** The template with a thread on a card, a scene and a point of the first stage and of the last, and one on the map. */
function reviewed(): { doc: JourneyDoc; first: string; last: string } {
  const doc = createDocument('car-dealer', 'en');
  const stages = Object.values(doc.stages).sort((a, b) => a.order.localeCompare(b.order));
  const first = stages[0]!.id;
  const last = stages.at(-1)!.id;
  const editor = new Editor(doc);
  for (const [tag, stage] of [['in', first], ['out', last]] as const) {
    const scene = Object.values(doc.scenes).find((s) => s.stageId === stage)!;
    const card = Object.values(doc.cards).find((c) => c.sceneId === scene.id)!;
    const point = Object.values(doc.emotionPoints).find((p) => p.sceneId === scene.id)!;
    editor.apply({ type: 'addComment', id: `${tag}-card`, target: 'card', targetId: card.id, author: 'Wang', text: 'Who owns this?', at: AT });
    editor.apply({ type: 'addComment', id: `${tag}-reply`, target: 'map', replyTo: `${tag}-card`, author: 'Li', text: 'Sales', at: LATER });
    editor.apply({ type: 'addComment', id: `${tag}-scene`, target: 'scene', targetId: scene.id, author: 'Wang', text: 'Too loud', at: AT });
    editor.apply({ type: 'addComment', id: `${tag}-point`, target: 'emotionPoint', targetId: point.id, author: 'Li', text: 'Why so low?', at: AT });
  }
  editor.apply({ type: 'addComment', id: 'map', target: 'map', author: 'Li', text: 'Looks good', at: AT });
  return { doc: editor.doc, first, last };
}

describe('comments in an exported document', () => {
  it('are dropped unless asked for', () => {
    const { doc } = reviewed();
    expect(Object.keys(doc.comments)).toHaveLength(9);
    expect(exportedDocument(doc, {}).comments).toEqual({});
    expect(exportedDocument(doc, { comments: false }).comments).toEqual({});
  });

  it('are kept whole when asked for and the whole map is exported', () => {
    const { doc } = reviewed();
    expect(exportedDocument(doc, { comments: true }).comments).toEqual(doc.comments);
  });

  it('on a card, scene or point left out are dropped, with their replies; those on the map stay', () => {
    const { doc, first, last } = reviewed();
    const kept = exportedDocument(doc, { comments: true, stages: [first] }).comments;
    expect(Object.keys(kept).sort()).toEqual(['in-card', 'in-point', 'in-reply', 'in-scene', 'map']);
    expect(kept['in-reply']).toEqual(doc.comments['in-reply']);
    // A lane left out takes its cards' threads with it; the scenes' and the points' stay.
    const card = doc.cards[doc.comments['out-card']!.targetId!]!;
    const withoutLane = exportedDocument(doc, { comments: true, stages: [last], lanes: Object.keys(doc.lanes).filter((id) => id !== card.laneId) }).comments;
    expect(Object.keys(withoutLane).sort()).toEqual(['map', 'out-point', 'out-scene']);
    // A curve left out takes its points' threads.
    const point = doc.emotionPoints[doc.comments['out-point']!.targetId!]!;
    const withoutCurve = exportedDocument(doc, { comments: true, curves: Object.keys(doc.curves).filter((id) => id !== point.curveId) }).comments;
    expect(withoutCurve).not.toHaveProperty('out-point');
    expect(withoutCurve).not.toHaveProperty('in-point');
    expect(withoutCurve).toHaveProperty('out-card');
  });

  it('a thread on a card already deleted from the map is an orphan and is dropped', () => {
    const { doc } = reviewed();
    const orphaned = structuredClone(doc);
    delete orphaned.cards[doc.comments['in-card']!.targetId!];
    const kept = exportedDocument(orphaned, { comments: true }).comments;
    expect(kept).not.toHaveProperty('in-card');
    expect(kept).not.toHaveProperty('in-reply');
    expect(kept).toHaveProperty('out-card');
  });

  it('a hand-made chain of 20,000 replies is read as threads, without recursion', () => {
    const { doc } = reviewed();
    const chained = structuredClone(doc);
    // Written newest first, so the first comment read is the deepest reply.
    for (let i = 19_999; i >= 0; i--) {
      const id = `chain-${i}`;
      chained.comments[id] = { id, target: 'map', replyTo: i === 0 ? 'map' : `chain-${i - 1}`, author: 'Eve', text: String(i), createdAt: AT, resolved: false };
    }
    const kept = exportedDocument(chained, { comments: true }).comments;
    expect(Object.keys(kept)).toHaveLength(Object.keys(chained.comments).length);
    expect(kept).toHaveProperty('chain-19999');
  });
});
