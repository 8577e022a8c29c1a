// The choices of the last export live in the map record: kept through save, validated on load
// like everything from a file, and set outside history.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import type { ExportChoices } from '../../shared/model.ts';
import { parseDocument, restoreDocument } from '../../shared/validate.ts';
import { smallMap } from './ops/harness.ts';

const choices = (over: Partial<ExportChoices> = {}): ExportChoices => ({
  format: 'png',
  stagesLeftOut: ['b'],
  lanesLeftOut: ['tp'],
  page: { size: 'A4', landscape: false, margin: 12, mode: 'tile', overlap: 8 },
  scale: 4,
  background: 'transparent',
  withDate: false,
  ...over,
});

describe('export choices', () => {
  it('are set outside history: the map is unsaved, undo does not take them back', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setMapTitle', title: 'Renamed' });
    editor.markSaved();
    editor.applyUncaptured({ type: 'setExportChoices', choices: choices() });
    expect(editor.getSnapshot().dirty).toBe(true);
    expect(editor.doc.map.exportChoices).toEqual(choices());
    editor.undo();
    expect(editor.doc.map.title).toBe('Test map');
    expect(editor.doc.map.exportChoices).toEqual(choices());
    // Redo returns to the saved title, but the file does not have the choices: still unsaved.
    editor.redo();
    expect(editor.getSnapshot().dirty).toBe(true);
    editor.markSaved();
    expect(editor.getSnapshot().dirty).toBe(false);
    // The same choices again change nothing.
    editor.applyUncaptured({ type: 'setExportChoices', choices: choices() });
    expect(editor.getSnapshot().dirty).toBe(false);
  });

  it('name only stages and lanes the map has when set; a later delete and its undo leave them alone', () => {
    const editor = new Editor(smallMap());
    editor.applyUncaptured({ type: 'setExportChoices', choices: choices({ stagesLeftOut: ['b', 'gone', 'b'], lanesLeftOut: ['tp', 'nope'] }) });
    expect(editor.doc.map.exportChoices).toMatchObject({ stagesLeftOut: ['b'], lanesLeftOut: ['tp'] });
    // Deleting the lane is history; the choices are not, so the stale id stays (and is ignored).
    editor.apply({ type: 'deleteLane', id: 'tp' });
    expect(editor.doc.map.exportChoices?.lanesLeftOut).toEqual(['tp']);
    // An export made after the delete, then the delete undone: the later export's choices stay.
    editor.applyUncaptured({ type: 'setExportChoices', choices: choices({ lanesLeftOut: ['needs', 'tp'] }) });
    expect(editor.doc.map.exportChoices?.lanesLeftOut).toEqual(['needs']);
    editor.undo();
    expect(editor.doc.lanes.tp).toBeDefined();
    expect(editor.doc.map.exportChoices?.lanesLeftOut).toEqual(['needs']);
  });

  it('survive a strict parse (IPC) unchanged', () => {
    const doc = structuredClone(smallMap());
    doc.map.exportChoices = choices({ page: { size: { width: 2000, height: 900 }, landscape: true, margin: 0, mode: 'fit', overlap: 0 } });
    expect(parseDocument(structuredClone(doc))).toEqual(doc);
  });

  it('from a hostile file: broken choices are left out and said so, the map still opens', () => {
    for (const bad of [
      { ...choices(), scale: 1e9 },
      { ...choices(), stagesLeftOut: Array.from({ length: 10_001 }, (_, i) => `s${i}`) },
      { ...choices(), lanesLeftOut: ['<script>'] },
      { ...choices(), page: { size: 'B5' } },
      'not an object',
      { __proto__: { polluted: true } },
    ]) {
      const doc = structuredClone(smallMap()) as unknown as { map: Record<string, unknown> };
      doc.map.exportChoices = bad;
      const { doc: restored, problems } = restoreDocument(doc as never);
      expect(restored.map.exportChoices).toBeUndefined();
      expect(restored.map.title).toBe('Test map');
      expect(problems.join('\n')).toMatch(/^map: field 'exportChoices/);
    }
  });

  it('from a file: stages and lanes the map no longer has are no problem (kept, ignored); repeats are kept once', () => {
    const doc = structuredClone(smallMap());
    doc.map.exportChoices = choices({ stagesLeftOut: ['b', 'deleted-stage', 'b'], lanesLeftOut: ['old-lane'] });
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(problems).toEqual([]);
    expect(restored.map.exportChoices).toMatchObject({ stagesLeftOut: ['b', 'deleted-stage'], lanesLeftOut: ['old-lane'] });
  });
});
