import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { isOverdue, loopCounts, loopStatusOf, nextStatus } from '../../shared/painLoop.ts';
import { doUndoRedo, smallMap } from './ops/harness.ts';

function withPain() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pains', kind: 'painpoints', title: 'Pains' },
    { type: 'addCard', id: 'p1', laneId: 'pains', sceneId: 'b1', text: 'Nobody greets me', fields: { severity: 3 } },
  ]);
  return editor.doc;
}

describe('the pain-point closed loop', () => {
  it('a status change keeps who and when in the history; the same status again is no change; undo and redo', () => {
    const start = withPain();
    const done = doUndoRedo(start, [
      { type: 'setLoopStatus', id: 'p1', status: 'reported', by: 'Li Wei', at: '2026-12-01T10:00:00Z' },
      { type: 'setLoopStatus', id: 'p1', status: 'planned', by: 'Wang Fang', at: '2026-12-02T09:00:00Z' },
    ], (doc) => {
      expect(doc.cards.p1?.loop).toMatchObject({ status: 'planned', history: [{ status: 'reported', by: 'Li Wei' }, { status: 'planned', by: 'Wang Fang', at: '2026-12-02T09:00:00Z' }] });
    });
    const editor = new Editor(done);
    editor.apply({ type: 'setLoopStatus', id: 'p1', status: 'planned', by: 'x', at: 'y' });
    expect(editor.getSnapshot().canUndo).toBe(false);
    expect(() => editor.apply({ type: 'setLoopStatus', id: 'c1', status: 'closed', by: 'x', at: 'y' })).toThrow(/not a pain point/);
  });

  it('status, next step, overdue and counts', () => {
    expect(loopStatusOf({})).toBe('found');
    expect(nextStatus('found')).toBe('reported');
    expect(nextStatus('closed')).toBeNull();
    const open = { loop: { status: 'planned' as const, owner: 'Service manager', due: '2026-11-30', plan: '', check: '', history: [] } };
    expect(isOverdue(open, '2026-12-01')).toBe(true);
    expect(isOverdue(open, '2026-11-30')).toBe(false);
    expect(isOverdue({ loop: { ...open.loop, status: 'closed' } }, '2026-12-01')).toBe(false);
    expect(loopCounts([{}, open, { loop: { ...open.loop, status: 'closed' } }])).toEqual({ found: 1, reported: 0, planned: 1, assessed: 0, closed: 1 });
  });
});
