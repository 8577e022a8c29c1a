// The "Tie to…" picker on a large map: targets worked out once per document, a query matched in
// one pass, and only the first matches listed, grouped by kind, with how many more there are.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { addressTargets } from '../../shared/relations.ts';
import { PICKER_SHOWN, addressOrderOf, addressTargetsOf, groupByKind, matchEntries } from '../../renderer/components/inspector/addressOptions.ts';
import { smallMap } from './ops/harness.ts';

/** smallMap with 2,500 pain points and 2,500 needs, in its scenes in turn (written straight into the document: ops one by one would take long). */
function bigMap() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pain-lane', kind: 'painpoints', title: 'Pain points' },
    { type: 'addCard', id: 'p0', laneId: 'pain-lane', sceneId: 'a1', text: 'Waiting 0', fields: { severity: 2 } },
    { type: 'addCard', id: 'n0', laneId: 'needs', sceneId: 'a1', text: 'Wants 0' },
  ]);
  const doc = structuredClone(editor.doc) as JourneyDoc;
  const scenes = ['a1', 'a2', 'b1'];
  for (let i = 1; i < 2500; i++) {
    const order = `z${String(i).padStart(5, '0')}`;
    doc.cards[`p${i}`] = { ...doc.cards.p0!, id: `p${i}`, sceneId: scenes[i % 3]!, text: `Waiting ${i}`, order };
    doc.cards[`n${i}`] = { ...doc.cards.n0!, id: `n${i}`, sceneId: scenes[i % 3]!, text: `Wants ${i}`, order };
  }
  return new Editor(doc);
}

const entriesOf = (editor: Editor) => addressTargetsOf(editor.doc).map((target) => ({ target, haystack: `${target.kind} ${target.text}`.toLowerCase() }));

describe('the address picker on a large map', () => {
  it('works the targets out once per document state', () => {
    const editor = bigMap();
    const first = addressTargetsOf(editor.doc);
    expect(addressTargetsOf(editor.doc)).toBe(first);
    expect(first).toEqual(addressTargets(editor.doc));
    expect(addressOrderOf(editor.doc).get(first[10]!.id)).toBe(10);
    editor.apply({ type: 'setCardText', id: 'p0', text: 'Waiting long' });
    expect(addressTargetsOf(editor.doc)).not.toBe(first);
    expect(addressTargetsOf(editor.doc).find((t) => t.id === 'p0')?.text).toBe('Waiting long');
  });

  it('lists the first matches, by kind, and counts the rest', () => {
    const editor = bigMap();
    const entries = entriesOf(editor);
    const targets = entries.length;
    expect(targets).toBeGreaterThanOrEqual(5000);
    const all = matchEntries(entries, new Set(), '');
    expect(all.shown).toHaveLength(PICKER_SHOWN);
    expect(all.total).toBe(targets);
    expect(all.shown.map((e) => e.target.id)).toEqual(entries.slice(0, PICKER_SHOWN).map((e) => e.target.id));

    // Narrowed: every word must be there; tied targets are left out.
    const narrow = matchEntries(entries, new Set(['p12']), 'waiting 12');
    expect(narrow.shown.map((e) => e.target.id)).toEqual(entries.filter((e) => /^waiting \d*12\d*$/.test(e.target.text.toLowerCase()) && e.target.id !== 'p12').map((e) => e.target.id));
    expect(narrow.total).toBe(narrow.shown.length);
    expect(matchEntries(entries, new Set(), 'nothing like this').total).toBe(0);

    // Across two kinds: one group each, the option indexes running on from one group to the next.
    const both = matchEntries(entries, new Set(), '1999');
    const groups = groupByKind(both.shown);
    expect(groups.map((g) => [g.kind, g.start, g.entries.length])).toEqual([
      ['painpoints', 0, 1],
      ['needs', 1, 1],
    ]);
  });

  it('filters 5,000 targets per keystroke in well under a frame', () => {
    const entries = entriesOf(bigMap());
    const started = performance.now();
    for (const query of ['w', 'wa', 'wai', 'wait', 'waiti', 'waitin', 'waiting', 'waiting 1', 'waiting 12']) matchEntries(entries, new Set(), query);
    expect((performance.now() - started) / 9).toBeLessThan(50);
  });
});
