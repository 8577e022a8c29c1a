// Moving a pain point along its closed loop (the inspector's stepper, the board): one
// setLoopStatus each, signed by the user's name (asked the first time) with the time.
import type { LoopStatus } from '../../shared/laneKinds.ts';
import { loopStatusOf } from '../../shared/painLoop.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { setAuthor, useAuthor } from '../state/author.ts';
import { askText } from './dialogs.ts';

/** The user's name, asked once; null when they cancel (then nothing changes). */
export async function authorName(): Promise<string | null> {
  const known = useAuthor.getState().name;
  if (known) return known;
  const answer = await askText(message('loop.askName'), '');
  if (!answer?.trim()) return null;
  setAuthor(answer);
  return useAuthor.getState().name;
}

export async function changeName(): Promise<void> {
  const answer = await askText(message('loop.askName'), useAuthor.getState().name);
  if (answer?.trim()) setAuthor(answer);
}

/** Sets a pain point's loop status (one undo step); the same status again changes nothing. */
export async function setLoopStatus(cardId: string, status: LoopStatus): Promise<boolean> {
  const card = editor.doc.cards[cardId];
  if (!card || loopStatusOf(card) === status) return false;
  const by = await authorName();
  // The card may have gone while the name was asked.
  if (by === null || !editor.doc.cards[cardId]) return false;
  editor.apply({ type: 'setLoopStatus', id: cardId, status, by, at: new Date().toISOString() }, 'setLoopStatus');
  return true;
}
