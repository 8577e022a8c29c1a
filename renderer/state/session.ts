// What the window shows around the document: which view, which file, selection, editing,
// and the dialog or message currently open. Selection is not history.
import { create } from 'zustand';
import type { DraftInfo, FileKind, LockHolder } from '../../shared/api.ts';
import type { Message, Text } from './message.ts';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type Dialog =
  | { kind: 'file'; mode: 'open' | 'save'; fileKind: FileKind; suggestedName: string; resolve: (path: string | null) => void }
  // Titles and labels are kept as messages: an open dialog follows a switch of the language.
  | { kind: 'unsaved'; path: string | null; resolve: (answer: UnsavedAnswer) => void }
  | { kind: 'confirm'; title: Text; body: Text; confirm: Text; resolve: (ok: boolean) => void }
  | { kind: 'text'; title: Text; value: string; resolve: (value: string | null) => void }
  | { kind: 'choice'; title: Text; body: Text; choices: Choice[]; resolve: (id: string | null) => void }
  | { kind: 'recovery' }
  | { kind: 'versions' }
  | { kind: 'shortcuts' }
  | { kind: 'templates' };
/** A button of a choice dialog; the primary one has the focus. Esc answers null. */
export interface Choice {
  id: string;
  label: Text;
  primary?: boolean;
}
export interface Notice {
  kind: 'error' | 'warning' | 'info';
  /** translated when shown, so it follows a switch of the language */
  message: Message;
  /** what the file held (table rows, schema objects): data, shown as it is in every language */
  details?: string[];
}

export interface SessionState {
  view: 'start' | 'map';
  /** null while the map has never been saved */
  path: string | null;
  /** the file as last read or written here (see doc:save's expectedStamp) */
  stamp: string | null;
  /** someone else has the file open: it is shown read-only and saves go to Save As */
  lockedBy: LockHolder | null;
  /** unsaved maps of ended sessions, not restored or discarded yet */
  drafts: DraftInfo[];
  /** selected cards */
  selection: string[];
  /** selected links (touchpoint path edges) */
  selectedLinks: string[];
  editingCardId: string | null;
  /** a card created by Enter/Tab/double-click: left empty, it is removed again */
  newCardId: string | null;
  /** the emotion point selected on the curve (↑/↓ change its score, Delete removes it) */
  selectedPointId: string | null;
  /** the curve new points go to; null: the first visible one */
  activeCurveId: string | null;
  /** the view the map is shown through (toolbar); null: the whole map. A way of looking, not saved */
  shownViewId: string | null;
  /** the last cell clicked, where Paste goes when no card is selected */
  activeCell: { laneId: string; sceneId: string } | null;
  dialog: Dialog | null;
  /** the export dialog stays open under the file dialog it opens */
  exportOpen: boolean;
  notice: Notice | null;
  busy: boolean;
  /** changes whenever another document is shown */
  docKey: number;
}

export const useSession = create<SessionState>(() => ({
  view: 'start',
  path: null,
  stamp: null,
  lockedBy: null,
  drafts: [],
  selection: [],
  selectedLinks: [],
  editingCardId: null,
  newCardId: null,
  selectedPointId: null,
  activeCurveId: null,
  shownViewId: null,
  activeCell: null,
  dialog: null,
  exportOpen: false,
  notice: null,
  busy: false,
  docKey: 0,
}));

export const session = {
  get: useSession.getState,
  set: useSession.setState,
};

/** Everything that belongs to one open document, reset when another one is shown. */
export const CLEAN_DOCUMENT_STATE = {
  selection: [] as string[],
  selectedLinks: [] as string[],
  editingCardId: null,
  newCardId: null,
  selectedPointId: null,
  activeCurveId: null,
  shownViewId: null,
  activeCell: null,
  notice: null,
  exportOpen: false,
} satisfies Partial<SessionState>;

export function fileNameOf(path: string | null, untitled: string): string {
  if (!path) return untitled;
  return path.split(/[\\/]/).pop() ?? path;
}
