// The one editor of the open document. React reads it through useEditorSnapshot.
import { useSyncExternalStore } from 'react';
import { Editor, type EditorSnapshot } from '../../shared/editor.ts';
import { emptyDoc } from '../../shared/model.ts';

export const editor = new Editor(emptyDoc('en'));

declare global {
  interface Window {
    /** Read-only look at the open document, for end-to-end tests and support. */
    cjmDocument?: () => unknown;
  }
}
window.cjmDocument = () => structuredClone(editor.doc);

export function useEditorSnapshot(): EditorSnapshot {
  return useSyncExternalStore(editor.subscribe, editor.getSnapshot);
}
