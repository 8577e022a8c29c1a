// Commands on cards: create, delete, duplicate, colour, select, move the selection, and the
// clipboard. Each is one history entry.
import { fieldsFor, holdsCards } from '../../shared/laneKinds.ts';
import { CLIPBOARD_MIME, copyCards, parseClipboard, pasteOperations, payloadFromCells, type ClipboardPayload } from '../../shared/clipboard.ts';
import { SCALES } from '../../shared/emotion/scale.ts';
import { newId } from '../../shared/ids.ts';
import { cellKey, neighbourCard, type Cell, type Direction } from '../../shared/layout.ts';
import type { CardColour } from '../../shared/model.ts';
import type { Operation } from '../../shared/ops.ts';
import { cardsTable } from '../../shared/tableCopy.ts';
import { tableHtml, tsvText } from '../../shared/tableText.ts';
import { carryImages, rememberCopySource } from '../images/carryImages.ts';
import { editor } from '../state/editor.ts';
import { canvas } from './canvasControls.ts';
import { pasteGrid, readRange, warnTooLarge } from './pasteRange.ts';
import { layoutOf } from '../state/layoutCache.ts';
import { session } from '../state/session.ts';

const cellIds = (cell: Cell) => layoutOf(editor.doc).cells[cellKey(cell.laneId, cell.sceneId)] ?? [];

export function select(ids: string[], { editing = false }: { editing?: boolean } = {}): void {
  session.set({ selection: ids, selectedLinks: [], selectedPointId: null, editingCardId: editing ? (ids[0] ?? null) : null });
}

/** Selects a card and pans the map just enough to show it (from a list, the matrix, Find). */
export function showCard(cardId: string): void {
  select([cardId]);
  const box = layoutOf(editor.doc).cards[cardId];
  if (box) canvas()?.reveal(box);
}

export function startEditing(cardId: string): void {
  session.set({ editingCardId: cardId, selection: [cardId], selectedLinks: [] });
}

/** Adds an empty card to a cell and starts editing it. */
export function createCard(cell: Cell, index = cellIds(cell).length, text = ''): string | null {
  const lane = editor.doc.lanes[cell.laneId];
  if (!holdsCards(lane?.kind) || !editor.doc.scenes[cell.sceneId]) return null;
  const id = newId('card');
  editor.apply({ type: 'addCard', id, laneId: cell.laneId, sceneId: cell.sceneId, text, index }, 'addCard');
  session.set({ selection: [id], selectedLinks: [], editingCardId: id, newCardId: text ? null : id, activeCell: cell });
  return id;
}

/** The next card slot: below `cardId` in its cell (same), or at the end of the next scene's cell (next). */
export function createNextTo(cardId: string, where: 'same' | 'next' | 'previous'): string | null {
  const card = editor.doc.cards[cardId];
  if (!card) return null;
  if (where === 'same') {
    const cell = { laneId: card.laneId, sceneId: card.sceneId };
    return createCard(cell, cellIds(cell).indexOf(cardId) + 1);
  }
  const columns = layoutOf(editor.doc).columns.filter((c) => c.sceneId);
  const at = columns.findIndex((c) => c.sceneId === card.sceneId);
  const sceneId = columns[at + (where === 'next' ? 1 : -1)]?.sceneId;
  return sceneId ? createCard({ laneId: card.laneId, sceneId }) : null;
}

export function deleteSelection(): void {
  const { selection, selectedLinks, selectedPointId } = session.get();
  if (selectedPointId && editor.doc.emotionPoints[selectedPointId]) {
    editor.apply({ type: 'deleteEmotionPoint', id: selectedPointId }, 'deleteEmotionPoint');
    session.set({ selectedPointId: null });
    return;
  }
  const ops: Operation[] = [
    ...selectedLinks.filter((id) => editor.doc.links[id]).map((id): Operation => ({ type: 'deleteLink', id })),
    ...selection.filter((id) => editor.doc.cards[id]).map((id): Operation => ({ type: 'deleteCard', id })),
  ];
  if (ops.length === 0) return;
  // Links of deleted cards go with them; deleting them twice would fail.
  const cards = new Set(selection);
  const kept = ops.filter(
    (op) => op.type !== 'deleteLink' || !(cards.has(editor.doc.links[op.id]?.fromCardId ?? '') || cards.has(editor.doc.links[op.id]?.toCardId ?? '')),
  );
  editor.apply(kept, 'delete');
  session.set({ selection: [], selectedLinks: [], editingCardId: null });
}

export function duplicateSelection(): void {
  const doc = editor.doc;
  const ops: Operation[] = [];
  const ids: string[] = [];
  for (const id of session.get().selection) {
    const card = doc.cards[id];
    const lane = card && doc.lanes[card.laneId];
    if (!card || !lane) continue;
    const copy = newId('card');
    ids.push(copy);
    const cell = { laneId: card.laneId, sceneId: card.sceneId };
    ops.push({ type: 'addCard', id: copy, ...cell, text: card.text, fields: fieldsFor(lane.kind, card), index: cellIds(cell).indexOf(id) + 1 });
  }
  if (ops.length === 0) return;
  editor.apply(ops, 'duplicate');
  select(ids);
}

export function colourSelection(colour: CardColour | undefined): void {
  const ops = session
    .get()
    .selection.filter((id) => editor.doc.cards[id])
    .map((id): Operation => ({ type: 'setCardFields', id, fields: { colour } }));
  if (ops.length > 0) editor.apply(ops, 'colour');
}

/** Ctrl/Cmd+A: every card of the selected card's lane (or of the whole map when none is selected). */
export function selectAllInLane(): void {
  const first = editor.doc.cards[session.get().selection[0] ?? ''];
  const cards = Object.values(editor.doc.cards).filter((card) => !first || card.laneId === first.laneId);
  select(cards.map((card) => card.id));
}

/** ↑/↓ on a selected emotion point: one step of the scale. */
function nudgePoint(id: string, direction: 'up' | 'down'): void {
  const point = editor.doc.emotionPoints[id];
  if (!point) return;
  const { steps } = SCALES[editor.doc.map.scale];
  const score = direction === 'up' ? steps.find((s) => s > point.score) : steps.findLast((s) => s < point.score);
  if (score !== undefined) editor.apply({ type: 'setEmotion', id, score }, 'nudgeEmotionPoint');
}

export function moveSelection(direction: Direction): void {
  const { selection, selectedPointId } = session.get();
  if (selectedPointId && (direction === 'up' || direction === 'down')) {
    nudgePoint(selectedPointId, direction);
    return;
  }
  const from = selection.at(-1);
  if (!from) {
    const first = Object.values(layoutOf(editor.doc).cells).find((ids) => ids.length > 0)?.[0];
    if (first) select([first]);
    return;
  }
  const next = neighbourCard(layoutOf(editor.doc), from, direction);
  if (next) select([next]);
}

// The clipboard. The system clipboard carries the cards' data, and for other apps a table a
// spreadsheet pastes cell by cell (tab-separated text and HTML); localStorage carries the data
// too, with the text that went with it, for browsers that drop custom formats between tabs.
const STORAGE_KEY = 'cjm.clipboard';
const STORAGE_TEXT_KEY = 'cjm.clipboard.text';

// Line ends may come back as LF from a clipboard that was given CRLF.
const sameText = (a: string, b: string) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();

export function copySelection(event: ClipboardEvent, cut: boolean): boolean {
  const { selection } = session.get();
  if (selection.length === 0 || !event.clipboardData) return false;
  const ids = orderedSelection();
  const payload = copyCards(editor.doc, ids);
  const json = JSON.stringify(payload);
  const table = cardsTable(editor.doc, ids);
  const text = tsvText(table);
  event.clipboardData.setData(CLIPBOARD_MIME, json);
  event.clipboardData.setData('text/plain', text);
  event.clipboardData.setData('text/html', tableHtml(table));
  rememberCopySource();
  try {
    localStorage.setItem(STORAGE_KEY, json);
    localStorage.setItem(STORAGE_TEXT_KEY, text);
  } catch {
    // storage full or disabled: the system clipboard still has it
  }
  if (cut) deleteSelection();
  return true;
}

/** The cards this app copied, when the clipboard's text is the one that went with them. */
function storedCards(text: string): ClipboardPayload | null {
  const stored = parseClipboard(localStorage.getItem(STORAGE_KEY) ?? '');
  return stored && sameText(localStorage.getItem(STORAGE_TEXT_KEY) ?? '', text) ? stored : null;
}

/** Pastes after the selected card, or at the end of the last clicked cell; a range spreads from there. */
export function paste(event: ClipboardEvent): boolean {
  const data = event.clipboardData;
  if (!data) return false;
  const own = data.getData(CLIPBOARD_MIME);
  if (own) return pastePayload(parseClipboard(own));
  const text = data.getData('text/plain');
  const stored = storedCards(text);
  return stored ? pastePayload(stored) : pasteText(text, data.getData('text/html'));
}

/**
 * Paste from a context menu, where there is no paste event: the system clipboard's text when it
 * can be read (Electron), and the cards this app copied when that text is theirs.
 */
export async function pasteFromMenu(): Promise<boolean> {
  const text = await navigator.clipboard?.readText().catch(() => null);
  if (text === null || text === undefined) return pastePayload(parseClipboard(localStorage.getItem(STORAGE_KEY) ?? ''));
  const stored = storedCards(text);
  return stored ? pastePayload(stored) : pasteText(text, '');
}

export const canPasteFromMenu = (): boolean => Boolean(localStorage.getItem(STORAGE_KEY)) || Boolean(navigator.clipboard);

/** Text from elsewhere: a column goes into the cell as one card per cell, a wider range spreads over the grid. */
function pasteText(plain: string, html: string): boolean {
  if (!plain.trim() && !html.trim()) return false;
  const range = readRange(plain, html);
  if (range === 'tooLarge') {
    warnTooLarge();
    return true;
  }
  if ('column' in range) return pastePayload(payloadFromCells(range.column));
  const target = pasteCell();
  if (!target) return false;
  void pasteGrid(range.grid, target.cell, select);
  return true;
}

/** Where a paste goes: after the selected card, or at the end of the last clicked cell. */
function pasteCell(): { cell: Cell; index: number } | null {
  const doc = editor.doc;
  const anchor = doc.cards[session.get().selection.at(-1) ?? ''];
  const cell = anchor ? { laneId: anchor.laneId, sceneId: anchor.sceneId } : session.get().activeCell;
  if (!cell || !holdsCards(doc.lanes[cell.laneId]?.kind) || !doc.scenes[cell.sceneId]) return null;
  return { cell, index: anchor ? cellIds(cell).indexOf(anchor.id) + 1 : cellIds(cell).length };
}

function pastePayload(payload: ClipboardPayload | null): boolean {
  if (!payload || payload.cards.length === 0) return false;
  const target = pasteCell();
  if (!target) return false;
  const { ops, ids } = pasteOperations(editor.doc, payload, { ...target.cell, index: target.index }, () => newId('card'));
  editor.apply(ops, 'paste');
  select(ids);
  void carryImages(payload);
  return true;
}

/** The selection in reading order (scene, then lane, then position), so pastes keep it. */
function orderedSelection(): string[] {
  const layout = layoutOf(editor.doc);
  const rank = (id: string) => {
    const box = layout.cards[id];
    return box ? box.x * 1e6 + box.y : Number.MAX_SAFE_INTEGER;
  };
  return [...session.get().selection].sort((a, b) => rank(a) - rank(b));
}
