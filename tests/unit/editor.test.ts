import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { smallMap } from './ops/harness.ts';

describe('Editor history', () => {
  it('a group of operations (a drag) is one history entry', () => {
    const editor = new Editor(smallMap());
    const start = editor.doc;
    editor.beginGroup('drag');
    editor.apply({ type: 'moveCard', id: 'c1', laneId: 'tp', sceneId: 'a1', index: 0 });
    editor.apply({ type: 'moveCard', id: 'c1', laneId: 'tp', sceneId: 'a2', index: 0 });
    editor.apply({ type: 'moveCard', id: 'c1', laneId: 'tp', sceneId: 'b1', index: 0 });
    editor.endGroup();
    expect(editor.doc.cards.c1).toMatchObject({ laneId: 'tp', sceneId: 'b1' });
    expect(editor.undo()).toBe(true);
    expect(editor.doc).toEqual(start);
    expect(editor.undo()).toBe(false);
    editor.redo();
    expect(editor.doc.cards.c1).toMatchObject({ sceneId: 'b1' });
  });

  it('a new edit clears redo; undo then redo walks the whole history', () => {
    const editor = new Editor(smallMap());
    const states = [editor.doc];
    for (const text of ['one', 'two', 'three']) {
      editor.apply({ type: 'setCardText', id: 'c1', text });
      states.push(editor.doc);
    }
    for (let i = states.length - 2; i >= 0; i--) {
      editor.undo();
      expect(editor.doc).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      editor.redo();
      expect(editor.doc).toEqual(states[i]);
    }
    editor.undo();
    editor.apply({ type: 'setCardText', id: 'c1', text: 'other' });
    expect(editor.getSnapshot().canRedo).toBe(false);
  });

  it('loading a document is not undoable and clears history', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardText', id: 'c1', text: 'x' });
    editor.load(smallMap());
    expect(editor.getSnapshot()).toMatchObject({ canUndo: false, canRedo: false, dirty: false });
    expect(editor.undo()).toBe(false);
  });

  it('tracks unsaved changes against the saved state, through undo and redo', () => {
    const editor = new Editor(smallMap());
    expect(editor.getSnapshot().dirty).toBe(false);
    editor.apply({ type: 'setCardText', id: 'c1', text: 'x' });
    expect(editor.getSnapshot().dirty).toBe(true);
    editor.undo();
    expect(editor.getSnapshot().dirty).toBe(false);
    editor.redo();
    editor.markSaved();
    expect(editor.getSnapshot().dirty).toBe(false);
    editor.undo();
    expect(editor.getSnapshot().dirty).toBe(true);
  });

  it('an edit made while a save is on its way stays unsaved', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'setCardText', id: 'c1', text: 'sent' });
    const sent = editor.state;
    editor.apply({ type: 'setCardText', id: 'c1', text: 'typed during save' });
    editor.markSaved(sent);
    expect(editor.getSnapshot().dirty).toBe(true);
  });

  it('folding into a saved group entry makes the document dirty again', () => {
    const editor = new Editor(smallMap());
    editor.beginGroup('drag');
    editor.apply({ type: 'moveCard', id: 'c1', laneId: 'needs', sceneId: 'a2', index: 0 });
    editor.markSaved();
    editor.apply({ type: 'moveCard', id: 'c1', laneId: 'needs', sceneId: 'b1', index: 0 });
    editor.endGroup();
    expect(editor.getSnapshot().dirty).toBe(true);
  });

  it('notifies subscribers with a new snapshot on every change', () => {
    const editor = new Editor(smallMap());
    const seen: boolean[] = [];
    const stop = editor.subscribe(() => seen.push(editor.getSnapshot().canUndo));
    editor.apply({ type: 'setMapTitle', title: 'T' });
    editor.undo();
    stop();
    editor.redo();
    expect(seen).toEqual([true, false]);
  });
});

describe('Editor.revertLast', () => {
  it('takes back the last entry without offering it for redo', () => {
    const editor = new Editor(smallMap());
    const start = editor.doc;
    editor.apply({ type: 'setCardText', id: 'c1', text: 'keep' });
    const kept = editor.doc;
    editor.apply({ type: 'addCard', id: 'n', laneId: 'needs', sceneId: 'a1', text: '' });
    expect(editor.revertLast()).toBe(true);
    expect(editor.doc).toEqual(kept);
    expect(editor.getSnapshot().canRedo).toBe(false);
    editor.undo();
    expect(editor.doc).toEqual(start);
  });
});
