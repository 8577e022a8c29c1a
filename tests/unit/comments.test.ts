import { describe, expect, it } from 'vitest';
import { openThreadCounts, targetExists, targetKey, threadsOf } from '../../shared/comments.ts';
import { Editor } from '../../shared/editor.ts';
import { smallMap } from './ops/harness.ts';

const at = (minute: number) => `2026-12-02T09:${String(minute).padStart(2, '0')}:00.000Z`;

function reviewed() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addComment', id: 'k2', target: 'card', targetId: 't1', author: 'Li', text: 'second', at: at(2) },
    { type: 'addComment', id: 'k1', target: 'card', targetId: 't1', author: 'Wang', text: 'first', at: at(1) },
    { type: 'addComment', id: 'r1', target: 'map', replyTo: 'k1', author: 'Li', text: 'reply', at: at(3) },
    { type: 'addComment', id: 'k3', target: 'scene', targetId: 'a1', author: 'Wang', text: 'scene', at: at(4) },
    { type: 'setCommentResolved', id: 'k3', resolved: true, by: 'Li', at: at(5) },
    { type: 'addComment', id: 'k4', target: 'map', author: 'Li', text: 'map', at: at(6) },
  ]);
  return editor;
}

describe('comment threads', () => {
  it('threads oldest first, replies under the comment they answer', () => {
    const threads = threadsOf(reviewed().doc);
    expect(threads.map((t) => t.root.id)).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(threads[0]?.replies.map((r) => r.id)).toEqual(['r1']);
  });

  it('counts the open threads per item: resolved ones and replies do not count', () => {
    const counts = openThreadCounts(reviewed().doc);
    expect(counts.get(targetKey('card', 't1'))).toBe(2);
    expect(counts.get(targetKey('scene', 'a1'))).toBeUndefined();
    expect(counts.get('map')).toBe(1);
  });

  it('a reply whose thread is gone is shown as a thread; a deleted card’s thread says its card is gone', () => {
    const editor = reviewed();
    const doc = structuredClone(editor.doc);
    delete doc.comments.k1;
    expect(threadsOf(doc).map((t) => t.root.id)).toContain('r1');
    editor.apply({ type: 'deleteCard', id: 't1' });
    expect(targetExists(editor.doc, editor.doc.comments.k1!)).toBe(false);
    expect(targetExists(editor.doc, editor.doc.comments.k4!)).toBe(true);
  });
});
