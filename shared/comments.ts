// Review comments read as threads: a first comment and the replies that answer it, oldest first.
// A thread is open until it is resolved; badges count the open threads on each card, scene and point.
import { perVersion } from './collections.ts';
import type { Comment, CommentTarget, JourneyDoc } from './model.ts';

export interface Thread {
  root: Comment;
  replies: Comment[];
}

const byTime = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Every thread, oldest first; a reply whose thread is gone (a hand-made file) is a thread of its own. */
export function threadsOf(doc: JourneyDoc): Thread[] {
  const comments = Object.values(doc.comments);
  const roots = comments.filter((c) => c.replyTo === undefined || !doc.comments[c.replyTo] || doc.comments[c.replyTo]?.replyTo !== undefined);
  const rootIds = new Set(roots.map((r) => r.id));
  const replies = new Map<string, Comment[]>();
  for (const comment of comments) {
    if (rootIds.has(comment.id) || comment.replyTo === undefined) continue;
    const list = replies.get(comment.replyTo) ?? [];
    list.push(comment);
    replies.set(comment.replyTo, list);
  }
  return roots.sort(byTime).map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime) }));
}

/** Where a comment is pinned, as one key: `card:<id>`, `scene:<id>`, `emotionPoint:<id>` or `map`. */
export const targetKey = (target: CommentTarget, targetId?: string): string => (target === 'map' ? 'map' : `${target}:${targetId ?? ''}`);

/** How many open threads each item has, by targetKey (once per version of the map: every card asks). */
export const openThreadCounts = perVersion((doc: JourneyDoc): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const { root } of threadsOf(doc)) {
    if (root.resolved) continue;
    const key = targetKey(root.target, root.targetId);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
});

/** Whether the item a thread is pinned to is still in the map. */
export function targetExists(doc: JourneyDoc, comment: Pick<Comment, 'target' | 'targetId'>): boolean {
  const id = comment.targetId ?? '';
  if (comment.target === 'card') return Boolean(doc.cards[id]);
  if (comment.target === 'scene') return Boolean(doc.scenes[id]);
  if (comment.target === 'emotionPoint') return Boolean(doc.emotionPoints[id]);
  return true;
}
