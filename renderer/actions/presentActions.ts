// Presenting: full screen (the browser's, which Electron turns into a full-screen window), one
// step at a time with the arrows, PageUp/PageDown (what a presenter's clicker sends) or Space,
// Esc to leave. The map cannot be edited while it is presented: the presentation covers it and
// takes every key.
import { presentationSteps, type PresentBy } from '../../shared/presentation.ts';
import { editor } from '../state/editor.ts';
import { viewedOf } from '../state/layoutCache.ts';
import { presentation } from '../state/presentation.ts';
import { session } from '../state/session.ts';

const stepCount = () => presentationSteps(viewedOf(editor.doc), presentation.get().by).length;

export function startPresenting(): void {
  if (session.get().view !== 'map') return;
  session.set({ editingCardId: null });
  presentation.set({ open: true, step: 0, reading: null });
  // A browser may refuse (no user gesture, a test's headless window): the presentation still fills the window.
  document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined);
}

export function stopPresenting(): void {
  presentation.set({ open: false, reading: null });
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function goToStep(step: number): void {
  presentation.set({ step: Math.max(0, Math.min(stepCount() - 1, step)), reading: null });
}

export const nextStep = () => goToStep(presentation.get().step + 1);
export const previousStep = () => goToStep(presentation.get().step - 1);

/** A stage or a scene per step, staying on the step that shows the same part of the journey. */
export function presentBy(by: PresentBy): void {
  const { by: was, step } = presentation.get();
  if (by === was) return;
  const doc = viewedOf(editor.doc);
  const before = presentationSteps(doc, was)[step];
  const after = presentationSteps(doc, by);
  const same = after.findIndex((s) =>
    before?.kind === 'overview' ? s.kind === 'overview' && s.at === before.at : s.kind === 'part' && before?.kind === 'part' && s.sceneIds.some((id) => before.sceneIds.includes(id)),
  );
  presentation.set({ by, step: Math.max(0, same), reading: null });
}

export function readCard(cardId: string | null): void {
  presentation.set({ reading: cardId });
}
