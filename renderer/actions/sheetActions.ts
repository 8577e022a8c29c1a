// The map saved as a spreadsheet (shared/sheet/): main builds the .xlsx or .csv from the document
// it has checked (the file `cjm export --format xlsx|csv` writes) and says what a spreadsheet
// cannot carry, which the notice lists.
import { i18next } from '../i18n.ts';
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { chooseFile, showError, suggestedName } from './documentActions.ts';

export async function saveAsSheet(format: 'xlsx' | 'csv'): Promise<void> {
  try {
    const path = await chooseFile('save', suggestedName(format), format);
    if (!path) return;
    const saved = await call('sheet:save', { path, doc: editor.doc, format });
    const lines = saved.leftOut.map(({ kind, count }) => i18next.t(`sheet.leftOut.${kind}`, { count }));
    const file = saved.path.split(/[\\/]/).pop() ?? '';
    session.set({
      notice: { kind: 'info', message: message(lines.length > 0 ? 'sheet.savedLeftOut' : 'sheet.saved', { file }), ...(lines.length > 0 && { details: lines }) },
    });
  } catch (error) {
    showError(error);
  }
}
