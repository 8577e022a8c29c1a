// Cards on the clipboard: copied with their data so they can be pasted into another cell or
// another map. Pasting keeps kind-specific fields only where the target lane allows them.
import { z } from 'zod';
import { KIND_FIELD_SHAPES, fieldsFor } from './laneKinds.ts';
import { CARD_COLOURS, CARD_FIELD_SCHEMAS, LANE_KINDS, type Card, type JourneyDoc } from './model.ts';
import type { Operation } from './ops.ts';

export const CLIPBOARD_MIME = 'application/x-journey-mapper-cards+json';

const ClipboardCardSchema = z.object({
  kind: z.enum(LANE_KINDS),
  text: z.string().max(100_000),
  colour: z.enum(CARD_COLOURS).optional(),
  tags: z.array(z.string().max(100)).max(100).optional(),
  // by id: the images themselves stay where they are (the pool, the map's file)
  images: CARD_FIELD_SCHEMAS.images,
  // the kinds' own fields, with the schemas the file uses
  ...KIND_FIELD_SHAPES,
});
export const ClipboardSchema = z.object({
  app: z.literal('journey-mapper'),
  version: z.literal(1),
  cards: z.array(ClipboardCardSchema).max(5000),
});
export type ClipboardPayload = z.infer<typeof ClipboardSchema>;

export function copyCards(doc: JourneyDoc, ids: string[]): ClipboardPayload {
  const cards = ids
    .map((id) => doc.cards[id])
    .filter((card): card is Card => Boolean(card))
    .map((card) => {
      const kind = doc.lanes[card.laneId]?.kind ?? 'text';
      return { kind, text: card.text, ...fieldsFor(kind, card) };
    });
  return { app: 'journey-mapper', version: 1, cards };
}

/** Cells of a pasted column (tableText.ts): one card per non-empty cell, its line breaks kept. */
export function payloadFromCells(cells: readonly string[]): ClipboardPayload {
  const texts = cells.map((cell) => cell.trim()).filter(Boolean);
  return { app: 'journey-mapper', version: 1, cards: texts.map((text) => ({ kind: 'text', text })) };
}

export function parseClipboard(json: string): ClipboardPayload | null {
  try {
    const parsed = ClipboardSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Operations that insert the payload's cards into a cell, in order, starting at `index`. */
export function pasteOperations(
  doc: JourneyDoc,
  payload: ClipboardPayload,
  target: { laneId: string; sceneId: string; index: number },
  newId: () => string,
): { ops: Operation[]; ids: string[] } {
  const lane = doc.lanes[target.laneId];
  if (!lane) return { ops: [], ids: [] };
  const ids: string[] = [];
  const ops: Operation[] = payload.cards.map((card, i) => {
    const id = newId();
    ids.push(id);
    return {
      type: 'addCard',
      id,
      laneId: target.laneId,
      sceneId: target.sceneId,
      text: card.text,
      fields: fieldsFor(lane.kind, card),
      index: target.index + i,
    };
  });
  return { ops, ids };
}
