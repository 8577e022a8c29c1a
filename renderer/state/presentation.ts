// Whether the map is being presented, how (a stage or a scene per step) and at which step; the
// card opened to read. A way of showing the map, never saved in it. The editor and the HTML
// file's viewer both present through it, each with the document it shows.
import { create } from 'zustand';
import type { JourneyDoc } from '../../shared/model.ts';
import { presentationSteps, type PresentBy } from '../../shared/presentation.ts';

export interface PresentationState {
  open: boolean;
  by: PresentBy;
  step: number;
  /** the card opened to read, over the step */
  reading: string | null;
}

export const usePresentation = create<PresentationState>(() => ({ open: false, by: 'stage', step: 0, reading: null }));

export const presentation = {
  get: usePresentation.getState,
  set: (patch: Partial<PresentationState>) => usePresentation.setState(patch),
};

/** Opens the presentation at its first step and asks for the whole screen. */
export function openPresentation(): void {
  presentation.set({ open: true, step: 0, reading: null });
  // A browser may refuse (no user gesture, a test's headless window): the presentation still fills the window.
  document.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined);
}

export function closePresentation(): void {
  presentation.set({ open: false, reading: null });
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function goToStep(doc: JourneyDoc, step: number): void {
  const count = presentationSteps(doc, presentation.get().by).length;
  presentation.set({ step: Math.max(0, Math.min(count - 1, step)), reading: null });
}

/** A stage or a scene per step, staying on the step that shows the same part of the journey. */
export function presentBy(doc: JourneyDoc, by: PresentBy): void {
  const { by: was, step } = presentation.get();
  if (by === was) return;
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
