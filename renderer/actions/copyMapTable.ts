// "Copy Map as Table": the whole map on the clipboard as a range a spreadsheet pastes cell by
// cell (shared/tableCopy.ts), with scene titles along the top and lane titles down the side.
// It goes through the page's copy event, as Cut and Copy from a context menu do (a click lets the
// page copy); where no click came first (a menu of the window) and the page may not copy, the
// async clipboard is tried, and failing that a message says where it works.
import { mapTable } from '../../shared/tableCopy.ts';
import { tableHtml, tsvText } from '../../shared/tableText.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';

export async function copyMapAsTable(): Promise<void> {
  const table = mapTable(editor.doc);
  let written = false;
  // first, and alone: the map's own copy handler would put the selected cards there instead
  const write = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', tsvText(table));
    event.clipboardData.setData('text/html', tableHtml(table));
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  document.addEventListener('copy', write, { capture: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', write, { capture: true });
  }
  if (!written) written = await writeAsync(tsvText(table), tableHtml(table));
  const lanes = table.length - 1;
  const scenes = (table[0]?.length ?? 1) - 1;
  session.set({
    notice: written
      ? { kind: 'info', message: message('tablePaste.copied', { lanes: message('tablePaste.lanes', { count: lanes }), scenes: message('tablePaste.scenes', { count: scenes }) }) }
      : { kind: 'warning', message: message('tablePaste.notCopied') },
  });
}

async function writeAsync(text: string, html: string): Promise<boolean> {
  try {
    const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    return false;
  }
}
