// What the comments panel shows (open or resolved threads) and where a new comment goes (the
// item a "Comment…" menu entry chose, else the map); the reviewer's name, asked once and
// remembered on this computer.
import { create } from 'zustand';
import type { CommentTarget } from '../../shared/model.ts';
import { useSession } from './session.ts';

export type CommentFilter = 'open' | 'resolved' | 'all';

export interface CommentsState {
  filter: CommentFilter;
  /** the item the composer comments on; null: the map */
  draftTarget: { target: Exclude<CommentTarget, 'map'>; targetId: string } | null;
  /** a request to put the cursor in the composer (a counter, so the same request again works) */
  focus: number;
}

export const useComments = create<CommentsState>(() => ({ filter: 'open', draftTarget: null, focus: 0 }));

useSession.subscribe((state, previous) => {
  if (state.docKey !== previous.docKey) useComments.setState({ draftTarget: null });
});

const AUTHOR_KEY = 'cjm.commentAuthor';

export function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY)?.trim().slice(0, 200) ?? '';
  } catch {
    return '';
  }
}

export function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name);
  } catch {
    // storage off: asked again next time
  }
}
