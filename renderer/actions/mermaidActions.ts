// Mermaid journeys: the map copied or saved as Mermaid text (saying what Mermaid cannot carry),
// and Mermaid text pasted on the map opened as a new, unsaved map.
import { mapToMermaid, type LeftOut } from '../../shared/mermaid/fromMap.ts';
import { looksLikeJourney, MermaidError } from '../../shared/mermaid/parse.ts';
import { readMermaid } from '../../shared/mermaid/read.ts';
import { currentLocale, i18next } from '../i18n.ts';
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { message, verbatim } from '../state/message.ts';
import { session } from '../state/session.ts';
import { mermaidProblem } from './mermaidProblem.ts';
import { chooseFile, confirmDiscard, showError, showImported, suggestedName } from './documentActions.ts';

/** What was left behind, one line per kind, in the UI language of the moment. */
const leftOutLines = (leftOut: LeftOut[]) => leftOut.map(({ kind, count }) => i18next.t(`mermaid.leftOut.${kind}`, { count }));

function done(key: 'mermaid.copied' | 'mermaid.saved', leftOut: LeftOut[], file?: string): void {
  const lines = leftOutLines(leftOut);
  session.set({
    notice: {
      kind: 'info',
      message: message(lines.length > 0 ? `${key}LeftOut` : key, { file: file ?? '' }),
      ...(lines.length > 0 && { details: lines }),
    },
  });
}

export async function copyAsMermaid(): Promise<void> {
  const { text, leftOut } = mapToMermaid(editor.doc);
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    session.set({ notice: { kind: 'error', message: message('mermaid.copyFailed', { reason: String((error as Error).message ?? error) }) } });
    return;
  }
  done('mermaid.copied', leftOut);
}

export async function saveAsMermaid(): Promise<void> {
  const { text, leftOut } = mapToMermaid(editor.doc);
  try {
    const path = await chooseFile('save', suggestedName('mmd'), 'mmd');
    if (!path) return;
    const saved = await call('mermaid:save', { path, text });
    done('mermaid.saved', leftOut, saved.path.split(/[\\/]/).pop());
  } catch (error) {
    showError(error);
  }
}

/** Whether a paste on the map is a Mermaid journey (then it opens as a map, not as cards). */
export const isMermaidPaste = (text: string): boolean => looksLikeJourney(text);

/**
 * Pasted Mermaid text becomes a new, unsaved map: the open one is replaced only after the
 * usual question about its unsaved changes, so nothing is lost and nothing is mixed into it.
 */
export async function openPastedMermaid(text: string): Promise<void> {
  let imported;
  try {
    imported = readMermaid(text, { markdown: false, locale: currentLocale() });
  } catch (error) {
    const detail = error instanceof MermaidError ? mermaidProblem(error.code, error.params, error.line) : verbatim(String(error));
    session.set({ notice: { kind: 'error', message: message('mermaid.pasteRefused', { detail }) } });
    return;
  }
  if (!(await confirmDiscard())) return;
  editor.load(imported.doc);
  showImported(message('mermaid.pasted'), imported.problems, message('mermaid.pastedProblems', { count: imported.problems.length }));
}
