// The window's pure image helpers: preview sizes, base64, what the history keeps, where a drop
// lands, and the sentence for every refusal.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.ts';
import { copyCards, parseClipboard, pasteOperations } from '../../../shared/clipboard.ts';
import { Editor } from '../../../shared/editor.ts';
import { ImageError, checkImage } from '../../../shared/images.ts';
import { layoutMap } from '../../../shared/layout.ts';
import { fromBase64 } from '../../../renderer/images/base64.ts';
import { toBase64 } from '../../../shared/base64.ts';
import { imageTargetAt } from '../../../renderer/images/dropTarget.ts';
import { imagesToKeep } from '../../../renderer/images/historyImages.ts';
import { imageProblem, notAdded, problemOf } from '../../../renderer/images/imageMessages.ts';
import { PreviewError } from '../../../renderer/images/makePreview.ts';
import { fitWithin, needsPreview } from '../../../renderer/images/previewSize.ts';
import { smallMap } from '../ops/harness.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('preview size', () => {
  it('scales the long side down to 640 px, never up, never to zero', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 480, height: 640 });
    expect(fitWithin(300, 200)).toEqual({ width: 300, height: 200 });
    expect(fitWithin(20000, 1)).toEqual({ width: 640, height: 1 });
  });
  it('lets a small still image be its own preview, never a GIF', () => {
    expect(needsPreview('image/png', 640, 400)).toBe(false);
    expect(needsPreview('image/jpeg', 641, 400)).toBe(true);
    expect(needsPreview('image/gif', 10, 10)).toBe(true);
  });
});

describe('base64', () => {
  it('round-trips every byte value, and more bytes than one call can take', () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect([...fromBase64(text)]).toEqual([...bytes]);
  });
});

describe('images the history keeps', () => {
  it('names what undo or redo could bring back, not what the map shows', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addCard', id: 'pic1', laneId: 'needs', sceneId: 'a1', text: 'x', fields: { images: [A, B] } });
    editor.apply({ type: 'setCardFields', id: 'pic1', fields: { images: [B] } });
    expect(imagesToKeep(editor.doc, editor.historyPatches())).toEqual([A]);
    editor.apply({ type: 'deleteCard', id: 'pic1' });
    expect(imagesToKeep(editor.doc, editor.historyPatches())).toEqual([A, B]);
    editor.undo();
    editor.undo();
    // Redo would take A away again; it is shown now, so nothing needs keeping beyond the map.
    expect(imagesToKeep(editor.doc, editor.historyPatches())).toEqual([]);
  });
  it('finds a persona photo, and nothing in text that looks like an id', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addPersona', id: 'person1', name: 'Li' });
    editor.apply({ type: 'updatePersona', id: 'person1', fields: { photo: C } });
    editor.apply({ type: 'updatePersona', id: 'person1', fields: { photo: undefined } });
    editor.apply({ type: 'addCard', id: 'pic2', laneId: 'needs', sceneId: 'a1', text: A });
    expect(editor.doc.personas.person1?.photo).toBeUndefined();
    expect(imagesToKeep(editor.doc, editor.historyPatches())).toEqual([C]);
  });
});

describe('where images dropped on the map go', () => {
  it('onto a card: that card; onto a free part of a cell: new cards at that place; a header: nowhere', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addCard', id: 'pic1', laneId: 'needs', sceneId: 'a1', text: 'x' });
    const layout = layoutMap(editor.doc);
    const box = layout.cards.pic1!;
    expect(imageTargetAt(editor.doc, layout, box.x + 5, box.y + 5)).toEqual({ kind: 'card', cardId: 'pic1' });
    const row = layout.rows.find((r) => r.laneId === 'needs')!;
    expect(imageTargetAt(editor.doc, layout, box.x + 5, row.y + row.height - 2)).toEqual({ kind: 'cell', cell: { laneId: 'needs', sceneId: 'a1' }, index: layout.cells['needs|a1']!.length });
    expect(imageTargetAt(editor.doc, layout, box.x + 5, 10)).toBeNull();
  });
});

describe('why an image was refused', () => {
  const keyOf = (m: ReturnType<typeof problemOf>) => ('key' in m ? m.key : m.text);
  it('has a sentence for every reason, from the window or from the Node side', () => {
    expect(keyOf(problemOf(new ApiError({ code: 'invalid-image', message: 'x', params: { reason: 'map-full', total: 1, size: 2, limit: 3 } })))).toBe('images.problem.map-full');
    expect(keyOf(problemOf(new PreviewError('timeout', 'slow')))).toBe('images.problem.timeout');
    expect(keyOf(problemOf(new PreviewError('decode', 'bad')))).toBe('images.problem.decode');
    expect(keyOf(imageProblem('something-new'))).toBe('images.problem.unknown');
    let refused: unknown;
    try {
      checkImage(new TextEncoder().encode('plain text, not a picture'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ImageError);
    expect(notAdded('notes.png', refused)).toEqual({ key: 'images.notAdded', params: { name: 'notes.png', reason: { key: 'images.problem.not-an-image', params: {} } } });
  });
  it('says sizes in MB and pixels in megapixels', () => {
    expect(imageProblem('too-large', { size: 31 * 1024 * 1024, limit: 20 * 1024 * 1024 })).toEqual({ key: 'images.problem.too-large', params: { size: 31, limit: 20 } });
    expect(imageProblem('too-many-pixels', { type: 'PNG', width: 20000, height: 10000, limit: 100_000_000 })).toMatchObject({ params: { pixels: 200, limit: 100, width: 20000 } });
  });
});

describe('the clipboard', () => {
  it("carries a card's images by id, into a paste in any lane", () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addCard', id: 'pic1', laneId: 'needs', sceneId: 'a1', text: 'x', fields: { images: [A, B] } });
    const payload = parseClipboard(JSON.stringify(copyCards(editor.doc, ['pic1'])))!;
    expect(payload.cards[0]?.images).toEqual([A, B]);
    const { ops } = pasteOperations(editor.doc, payload, { laneId: 'needs', sceneId: 'a2', index: 0 }, () => 'pasted');
    expect(ops[0]).toMatchObject({ type: 'addCard', fields: { images: [A, B] } });
    expect(parseClipboard(JSON.stringify({ app: 'journey-mapper', version: 1, cards: [{ kind: 'needs', text: 'x', images: ['not an id'] }] }))).toBeNull();
  });
});
