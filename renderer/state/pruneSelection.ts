// What the session may still point at once the document changed under it (undo, redo, another
// window's edit): ids of cards, links and points that are gone are dropped, so nothing keeps
// showing, or acting on, what no longer exists.
import type { JourneyDoc } from '../../shared/model.ts';
import type { SessionState } from './session.ts';

type Pointers = Pick<SessionState, 'selection' | 'selectedLinks' | 'editingCardId' | 'newCardId' | 'selectedPointId' | 'activeCell'>;

/** The pointers to change, or null when all of them still exist. */
export function prunedPointers(doc: JourneyDoc, s: Pointers): Partial<Pointers> | null {
  const out: Partial<Pointers> = {};
  const selection = s.selection.filter((id) => doc.cards[id]);
  if (selection.length !== s.selection.length) out.selection = selection;
  const selectedLinks = s.selectedLinks.filter((id) => doc.links[id]);
  if (selectedLinks.length !== s.selectedLinks.length) out.selectedLinks = selectedLinks;
  if (s.editingCardId && !doc.cards[s.editingCardId]) out.editingCardId = null;
  if (s.newCardId && !doc.cards[s.newCardId]) out.newCardId = null;
  if (s.selectedPointId && !doc.emotionPoints[s.selectedPointId]) out.selectedPointId = null;
  if (s.activeCell && !(doc.lanes[s.activeCell.laneId] && doc.scenes[s.activeCell.sceneId])) out.activeCell = null;
  return Object.keys(out).length > 0 ? out : null;
}
