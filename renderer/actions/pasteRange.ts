// A range copied from a spreadsheet, pasted onto a cell of the map (shared/tablePaste.ts says
// where each cell goes). More than one column: a preview says how many cards go where before
// anything changes; the paste is then one undo step.
import { newId } from '../../shared/ids.ts';
import { readTable, planTablePaste, type PasteTarget } from '../../shared/tablePaste.ts';
import { TABLE_LIMITS, type Grid } from '../../shared/tableText.ts';
import { freshTitle } from '../../shared/titles.ts';
import { i18next } from '../i18n.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { choose } from './dialogs.ts';

/** A column (one card per cell, into one cell, as plain lines always were) or a range. */
export type PastedRange = { column: string[] } | { grid: Grid } | 'tooLarge';

export function readRange(plain: string, html: string): PastedRange {
  const read = readTable(plain, html);
  if ('tooLarge' in read) return 'tooLarge';
  return (read.grid[0]?.length ?? 0) <= 1 ? { column: read.grid.map((row) => row[0] ?? '') } : { grid: read.grid };
}

export function warnTooLarge(): void {
  session.set({ notice: { kind: 'warning', message: message('tablePaste.tooLarge', { rows: TABLE_LIMITS.rows, columns: TABLE_LIMITS.columns, cells: TABLE_LIMITS.cells }) } });
}

/**
 * Shows the preview, then pastes; the new cards' ids (none: cancelled or nothing to paste).
 * `pasted` gets them in the same tick as the edit, so the map draws the new cards once, already
 * selected (a selection made after the promise settles would draw them all a second time).
 */
export async function pasteGrid(grid: Grid, target: PasteTarget, pasted?: (ids: string[]) => void): Promise<string[]> {
  const sceneTitle = (taken: string[]) => freshTitle(taken, Object.keys(editor.doc.scenes).length + 1, (n) => i18next.t('scene.newTitle', { n }));
  const plan = planTablePaste(editor.doc, grid, target, { newId, sceneTitle });
  if (plan.ids.length === 0) {
    if (plan.leftOut > 0) session.set({ notice: { kind: 'warning', message: message('tablePaste.noLane', { count: plan.leftOut }) } });
    return [];
  }
  const body = message('tablePaste.body', {
    cards: message('tablePaste.cards', { count: plan.ids.length }),
    lanes: message('tablePaste.lanes', { count: plan.lanes }),
    scenes: message('tablePaste.scenes', { count: plan.scenes }),
    added: plan.addedScenes ? message('tablePaste.added', { count: plan.addedScenes }) : '',
    leftOut: plan.leftOut ? message('tablePaste.leftOut', { count: plan.leftOut }) : '',
  });
  const answer = await choose(message('tablePaste.title'), body, [
    { id: 'cancel', label: message('common.cancel') },
    { id: 'paste', label: message('tablePaste.paste'), primary: true },
  ]);
  // the map may have changed under the dialog (an autosave reload, another edit): plan again
  if (answer !== 'paste') return [];
  const now = planTablePaste(editor.doc, grid, target, { newId, sceneTitle });
  if (now.ops.length === 0) return [];
  editor.apply(now.ops, 'paste');
  pasted?.(now.ids);
  return now.ids;
}
