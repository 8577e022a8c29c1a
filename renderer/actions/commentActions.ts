// Commands on review comments: write one on a card, a scene, an emotion point or the map, reply,
// resolve and reopen a thread, edit or delete a comment. The reviewer's name is asked once and
// remembered. Every change is one undoable history entry, stored in the file one record each.
import { newId } from '../../shared/ids.ts';
import type { CommentTarget } from '../../shared/model.ts';
import { editor } from '../state/editor.ts';
import { rememberAuthor, storedAuthor, useComments } from '../state/comments.ts';
import { message } from '../state/message.ts';
import { showSidePanel } from '../state/sidePanel.ts';
import { session } from '../state/session.ts';
import { askText } from './dialogs.ts';

const now = () => new Date().toISOString();

/** The reviewer's name: remembered, or asked for (null: they would not say). */
export async function authorName(): Promise<string | null> {
  const known = storedAuthor();
  if (known) return known;
  const name = (await askText(message('comments.askName'), ''))?.trim().slice(0, 200);
  if (!name) return null;
  rememberAuthor(name);
  return name;
}

/** Renames the reviewer for the comments still to come. */
export async function changeAuthorName(): Promise<void> {
  const name = (await askText(message('comments.askName'), storedAuthor()))?.trim().slice(0, 200);
  if (name) rememberAuthor(name);
}

/** Writes a new thread; resolves to its id (null when nothing was written). */
export async function addComment(target: CommentTarget, targetId: string | undefined, text: string): Promise<string | null> {
  const words = text.trim();
  if (!words) return null;
  const author = await authorName();
  if (!author) return null;
  const id = newId('comment');
  editor.apply({ type: 'addComment', id, target, ...(target === 'map' ? {} : { targetId }), author, text: words, at: now() }, 'addComment');
  return id;
}

export async function replyTo(commentId: string, text: string): Promise<string | null> {
  const words = text.trim();
  if (!words || !editor.doc.comments[commentId]) return null;
  const author = await authorName();
  if (!author) return null;
  const id = newId('comment');
  editor.apply({ type: 'addComment', id, target: 'map', replyTo: commentId, author, text: words, at: now() }, 'replyComment');
  return id;
}

export async function setResolved(commentId: string, resolved: boolean): Promise<void> {
  const author = await authorName();
  if (!author) return;
  editor.apply({ type: 'setCommentResolved', id: commentId, resolved, by: author, at: now() }, resolved ? 'resolveComment' : 'reopenComment');
}

export function editComment(commentId: string, text: string): void {
  const words = text.trim();
  if (words) editor.apply({ type: 'editComment', id: commentId, text: words, at: now() }, 'editComment');
}

export function deleteComment(commentId: string): void {
  if (editor.doc.comments[commentId]) editor.apply({ type: 'deleteComment', id: commentId }, 'deleteComment');
}

/** Opens the composer on an item: a card's in its inspector, a scene's or a point's in the comments panel. */
export function commentOn(target: Exclude<CommentTarget, 'map'> | 'map', targetId?: string): void {
  if (target === 'card' && targetId) {
    session.set({ selection: [targetId], selectedLinks: [], selectedPointId: null, editingCardId: null });
  } else {
    session.set({ selection: [], selectedLinks: [] });
    showSidePanel('comments');
  }
  useComments.setState((s) => ({ draftTarget: target === 'map' || !targetId ? null : { target, targetId }, focus: s.focus + 1 }));
}
