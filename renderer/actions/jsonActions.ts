// The map saved as JSON (shared/jsonMap.ts), for people who script their maps: main writes it
// from the document it has checked, so the file is what `cjm export --format json` writes.
import { call } from '../platform/platform.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';
import { chooseFile, showError, suggestedName } from './documentActions.ts';

export async function saveAsJson(): Promise<void> {
  try {
    const path = await chooseFile('save', suggestedName('json'), 'json');
    if (!path) return;
    const saved = await call('json:save', { path, doc: editor.doc });
    session.set({ notice: { kind: 'info', message: message('json.saved', { file: saved.path.split(/[\\/]/).pop() ?? '' }) } });
  } catch (error) {
    showError(error);
  }
}
