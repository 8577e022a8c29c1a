// "Copy Map as Table": the whole map on the clipboard as a range a spreadsheet pastes cell by
// cell (shared/tableCopy.ts), with scene titles along the top and lane titles down the side.
// It goes through the page's copy event, as Cut and Copy from a menu do: that works in Electron
// (whose permissions refuse the async clipboard) and in a browser from a click.
import { mapTable } from '../../shared/tableCopy.ts';
import { tableHtml, tsvText } from '../../shared/tableText.ts';
import { editor } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { session } from '../state/session.ts';

export function copyMapAsTable(): void {
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
  const lanes = table.length - 1;
  const scenes = (table[0]?.length ?? 1) - 1;
  session.set({
    notice: written
      ? { kind: 'info', message: message('tablePaste.copied', { lanes: message('tablePaste.lanes', { count: lanes }), scenes: message('tablePaste.scenes', { count: scenes }) }) }
      : { kind: 'warning', message: message('tablePaste.notCopied') },
  });
}
