import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('views', () => {
  it('addView keeps only records the map has, each once, in order among the views', () => {
    const doc = doUndoRedo(
      smallMap(),
      [
        { type: 'addView', id: 'client', name: 'Client view', leftOut: { lanesLeftOut: ['tp', 'tp', 'gone'], stagesLeftOut: ['b'], curvesLeftOut: ['nope'] } },
        { type: 'addView', id: 'all', name: 'Internal view', index: 0 },
      ],
      (d) => {
        expect(d.views.client).toMatchObject({ name: 'Client view', stagesLeftOut: ['b'], lanesLeftOut: ['tp'], curvesLeftOut: [] });
        expect(d.views.all).toMatchObject({ stagesLeftOut: [], lanesLeftOut: [], curvesLeftOut: [] });
        expect(ids(d.views)).toEqual(['all', 'client']);
      },
    );
    expect(() => new Editor(doc).apply({ type: 'addView', id: 'client', name: 'again' })).toThrow(/already used/);
  });

  it('renameView and setViewLeftOut change one list at a time; the same lists again are no step', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addView', id: 'v', name: 'Client', leftOut: { lanesLeftOut: ['tp'] } });
    const doc = doUndoRedo(editor.doc, [{ type: 'renameView', id: 'v', name: '客户视图' }, { type: 'setViewLeftOut', id: 'v', leftOut: { curvesLeftOut: ['now'] } }], (d) => {
      expect(d.views.v).toMatchObject({ name: '客户视图', lanesLeftOut: ['tp'], curvesLeftOut: ['now'] });
    });
    const again = new Editor(doc);
    again.apply({ type: 'setViewLeftOut', id: 'v', leftOut: { lanesLeftOut: ['tp'] } });
    expect(again.getSnapshot().canUndo).toBe(false);
  });

  it('a name past 200 characters or an unknown view is refused, the map unchanged', () => {
    const editor = new Editor(smallMap());
    expect(() => editor.apply({ type: 'addView', id: 'v', name: 'x'.repeat(201) })).toThrow(/view field 'name'/);
    expect(editor.doc.views).toEqual({});
    expect(() => editor.apply({ type: 'renameView', id: 'nope', name: 'x' })).toThrow(/no view 'nope'/);
    expect(() => editor.apply({ type: 'deleteView', id: 'nope' })).toThrow(/no view 'nope'/);
  });

  it('deleteView; deleting a stage leaves the views alone (an undo brings it back still left out)', () => {
    const editor = new Editor(smallMap());
    editor.apply({ type: 'addView', id: 'v', name: 'Client', leftOut: { stagesLeftOut: ['b'] } });
    doUndoRedo(editor.doc, { type: 'deleteView', id: 'v' }, (d) => expect(d.views).toEqual({}));
    doUndoRedo(editor.doc, { type: 'deleteStage', id: 'b' }, (d) => expect(d.views.v?.stagesLeftOut).toEqual(['b']));
  });
});
