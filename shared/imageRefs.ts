// Which stored images a map names: its cards' images (storyboard frames and attachments) and its
// personas' photos. A save keeps these in the file; an export embeds them.
import type { JourneyDoc } from './model.ts';

export function imageIdsOf(doc: JourneyDoc): Set<string> {
  const ids = new Set<string>();
  for (const card of Object.values(doc.cards)) for (const id of card.images ?? []) ids.add(id);
  for (const persona of Object.values(doc.personas)) if (persona.photo) ids.add(persona.photo);
  return ids;
}
