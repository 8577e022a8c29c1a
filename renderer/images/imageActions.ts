// Edits that put images on cards and personas, each one undo step: attach to a card, new cards
// from images (in the images lane one card per image, its storyboard frame; elsewhere one card
// carrying them all), remove, reorder, a persona's photo.
import { newId } from '../../shared/ids.ts';
import { cellKey, type Cell } from '../../shared/layout.ts';
import { MAX_CARD_IMAGES } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { select } from '../actions/cardActions.ts';
import { editor } from '../state/editor.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import type { ImageTarget } from './dropTarget.ts';

const cardFull = () => session.set({ notice: { kind: 'warning', message: message('images.cardFull', { max: MAX_CARD_IMAGES }) } });

/** `ids` after `list`, each once, at most MAX_CARD_IMAGES; says so when some did not fit. */
function joined(list: readonly string[], ids: readonly string[]): string[] {
  const all = [...new Set([...list, ...ids])];
  if (all.length > MAX_CARD_IMAGES) cardFull();
  return all.slice(0, MAX_CARD_IMAGES);
}

export function attachImages(cardId: string, ids: readonly string[]): void {
  const card = editor.doc.cards[cardId];
  if (!card || ids.length === 0) return;
  const images = joined(card.images ?? [], ids);
  if (images.length === (card.images ?? []).length) return;
  editor.apply({ type: 'setCardFields', id: cardId, fields: { images } }, 'addImages');
  select([cardId]);
}

export function newCardsWithImages(cell: Cell, index: number, ids: readonly string[]): void {
  const lane = editor.doc.lanes[cell.laneId];
  if (!lane || !editor.doc.scenes[cell.sceneId] || ids.length === 0) return;
  const groups = lane.kind === 'images' ? ids.map((id) => [id]) : [joined([], ids)];
  const made = groups.map((images, i) => ({ id: newId('card'), images, index: index + i }));
  const ops = made.map((card): Operation => ({ type: 'addCard', id: card.id, ...cell, text: '', index: card.index, fields: { images: card.images } }));
  editor.apply(ops, 'addImages');
  select(made.map((card) => card.id));
  session.set({ activeCell: cell });
}

export function putImages(target: ImageTarget, ids: readonly string[]): void {
  if (target.kind === 'card') attachImages(target.cardId, ids);
  else newCardsWithImages(target.cell, target.index, ids);
}

/** Where a pasted image goes: onto the selected card, else as a new card at the end of the last clicked cell. */
export function pasteTarget(): ImageTarget | null {
  const { selection, activeCell } = session.get();
  const card = editor.doc.cards[selection.at(-1) ?? ''];
  if (card) return { kind: 'card', cardId: card.id };
  if (!activeCell || !editor.doc.lanes[activeCell.laneId] || !editor.doc.scenes[activeCell.sceneId]) return null;
  const count = layoutOf(editor.doc).cells[cellKey(activeCell.laneId, activeCell.sceneId)]?.length ?? 0;
  return { kind: 'cell', cell: activeCell, index: count };
}

export function removeImage(cardId: string, index: number): void {
  const images = editor.doc.cards[cardId]?.images;
  if (!images || index < 0 || index >= images.length) return;
  const rest = images.filter((_, i) => i !== index);
  editor.apply({ type: 'setCardFields', id: cardId, fields: { images: rest.length > 0 ? rest : undefined } }, 'removeImage');
}

export function moveImage(cardId: string, index: number, by: -1 | 1): void {
  const images = [...(editor.doc.cards[cardId]?.images ?? [])];
  const to = index + by;
  if (index < 0 || index >= images.length || to < 0 || to >= images.length) return;
  [images[index], images[to]] = [images[to] as string, images[index] as string];
  editor.apply({ type: 'setCardFields', id: cardId, fields: { images } }, 'moveImage');
}

export function setPersonaPhoto(personaId: string, photo: string | undefined): void {
  if (!editor.doc.personas[personaId] || editor.doc.personas[personaId].photo === photo) return;
  editor.apply({ type: 'updatePersona', id: personaId, fields: { photo } }, 'personaPhoto');
}
