// What the window shows around the document: which view, which file, selection, editing,
// and the dialog or message currently open. Selection is not history.
import { create } from 'zustand';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type Dialog =
  | { kind: 'file'; mode: 'open' | 'save'; suggestedName: string; resolve: (path: string | null) => void }
  | { kind: 'unsaved'; fileName: string; resolve: (answer: UnsavedAnswer) => void };
export interface Notice {
  kind: 'error' | 'warning' | 'info';
  text: string;
  details?: string[];
}

interface SessionState {
  view: 'start' | 'map';
  /** null while the map has never been saved */
  path: string | null;
  selection: string[];
  editingCardId: string | null;
  dialog: Dialog | null;
  notice: Notice | null;
  busy: boolean;
}

export const useSession = create<SessionState>(() => ({
  view: 'start',
  path: null,
  selection: [],
  editingCardId: null,
  dialog: null,
  notice: null,
  busy: false,
}));

export const session = {
  get: useSession.getState,
  set: useSession.setState,
};

export function fileNameOf(path: string | null, untitled: string): string {
  if (!path) return untitled;
  return path.split(/[\\/]/).pop() ?? path;
}
