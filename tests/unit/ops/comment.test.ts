import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { doUndoRedo, smallMap } from './harness.ts';

const AT = '2026-12-02T09:30:00.000Z';
const LATER = '2026-12-02T10:00:00.000Z';

describe('review comments', () => {
  it('pins a comment to a card, a scene, an emotion point or the map', () => {
    doUndoRedo(
      smallMap(),
      [
        { type: 'addComment', id: 'k1', target: 'card', targetId: 't1', author: 'Wang', text: 'Which platform?', at: AT },
        { type: 'addComment', id: 'k2', target: 'scene', targetId: 'b1', author: 'Wang', text: '展厅太吵', at: AT },
        { type: 'addComment', id: 'k3', target: 'emotionPoint', targetId: 'e2', author: 'Li', text: 'Why so low?', at: AT },
        { type: 'addComment', id: 'k4', target: 'map', author: 'Li', text: 'Looks good overall', at: AT },
      ],
      (d) => {
        expect(d.comments.k1).toEqual({ id: 'k1', target: 'card', targetId: 't1', author: 'Wang', text: 'Which platform?', createdAt: AT, resolved: false });
        expect(d.comments.k4).not.toHaveProperty('targetId');
        expect(Object.keys(d.comments)).toHaveLength(4);
      },
    );
  });

  it('a reply joins the thread of the comment it answers, also when it answers a reply', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addComment', id: 'k', target: 'card', targetId: 't1', author: 'Wang', text: 'Who owns this?', at: AT });
    doUndoRedo(
      editor.doc,
      [
        { type: 'addComment', id: 'r1', target: 'map', replyTo: 'k', author: 'Li', text: 'Sales', at: LATER },
        { type: 'addComment', id: 'r2', target: 'map', replyTo: 'r1', author: 'Wang', text: 'OK', at: LATER },
      ],
      (d) => {
        expect(d.comments.r1).toMatchObject({ target: 'card', targetId: 't1', replyTo: 'k' });
        expect(d.comments.r2).toMatchObject({ target: 'card', targetId: 't1', replyTo: 'k' });
      },
    );
  });

  it('edit, resolve and reopen; resolving is the thread’s, not a reply’s', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addComment', id: 'k', target: 'scene', targetId: 'a1', author: 'Wang', text: 'typo', at: AT },
      { type: 'addComment', id: 'r', target: 'map', replyTo: 'k', author: 'Li', text: 'fixed', at: AT },
    ]);
    let doc = doUndoRedo(editor.doc, { type: 'editComment', id: 'k', text: 'a typo in the title', at: LATER }, (d) => expect(d.comments.k).toMatchObject({ text: 'a typo in the title', editedAt: LATER }));
    doc = doUndoRedo(doc, { type: 'setCommentResolved', id: 'k', resolved: true, by: 'Li', at: LATER }, (d) => expect(d.comments.k).toMatchObject({ resolved: true, resolvedBy: 'Li', resolvedAt: LATER }));
    doUndoRedo(doc, { type: 'setCommentResolved', id: 'k', resolved: false, by: 'Wang', at: LATER }, (d) => {
      expect(d.comments.k?.resolved).toBe(false);
      expect(d.comments.k).not.toHaveProperty('resolvedBy');
    });
    expect(() => new Editor(doc).apply({ type: 'setCommentResolved', id: 'r', resolved: true, by: 'Li', at: LATER })).toThrow(/is a reply/);
  });

  it('deleting a thread’s first comment deletes its replies; deleting a reply leaves the thread', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addComment', id: 'k', target: 'map', author: 'Wang', text: 'a', at: AT },
      { type: 'addComment', id: 'r1', target: 'map', replyTo: 'k', author: 'Li', text: 'b', at: AT },
      { type: 'addComment', id: 'r2', target: 'map', replyTo: 'k', author: 'Li', text: 'c', at: AT },
    ]);
    doUndoRedo(editor.doc, { type: 'deleteComment', id: 'r1' }, (d) => expect(Object.keys(d.comments).sort()).toEqual(['k', 'r2']));
    doUndoRedo(editor.doc, { type: 'deleteComment', id: 'k' }, (d) => expect(d.comments).toEqual({}));
  });

  it('a comment stays when its card is deleted (the reviewer’s words are not lost)', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addComment', id: 'k', target: 'card', targetId: 't1', author: 'Wang', text: 'keep', at: AT });
    doUndoRedo(editor.doc, { type: 'deleteCard', id: 't1' }, (d) => expect(d.comments.k).toMatchObject({ targetId: 't1' }));
  });

  it('refuses what the file could not hold or what is not there', () => {
    const editor = new Editor(smallMap());
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'card', targetId: 'nope', author: 'W', text: 'x', at: AT })).toThrow(/no card 'nope'/);
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'emotionPoint', targetId: 'nope', author: 'W', text: 'x', at: AT })).toThrow(/no emotion point 'nope'/);
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'map', replyTo: 'nope', author: 'W', text: 'x', at: AT })).toThrow(/no comment 'nope'/);
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'map', author: 'W'.repeat(201), text: 'x', at: AT })).toThrow(/comment field 'author'/);
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'map', author: 'W', text: 'x', at: 'yesterday' })).toThrow(/comment field 'createdAt'/);
    expect(() => editor.apply({ type: 'addComment', id: 'k', target: 'card', author: 'W', text: 'x', at: AT })).toThrow(/no card ''/);
    expect(editor.doc.comments).toEqual({});
  });
});
