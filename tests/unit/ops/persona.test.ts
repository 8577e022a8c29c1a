import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { restoreDocument } from '../../../shared/validate.ts';
import { doUndoRedo, ids, smallMap } from './harness.ts';

describe('personas', () => {
  it('add, edit, reorder; one undo step each', () => {
    let doc = doUndoRedo(smallMap(), { type: 'addPersona', id: 'li', name: 'Li Wei' }, (d) => expect(d.personas.li).toMatchObject({ name: 'Li Wei', description: '' }));
    doc = doUndoRedo(doc, { type: 'updatePersona', id: 'li', fields: { goals: 'A safe family car', quote: '“Just tell me the real price.”' } }, (d) => expect(d.personas.li).toMatchObject({ goals: 'A safe family car', quote: '“Just tell me the real price.”' }));
    doc = doUndoRedo(doc, { type: 'updatePersona', id: 'li', fields: { quote: undefined } }, (d) => expect(d.personas.li).not.toHaveProperty('quote'));
    doc = doUndoRedo(doc, [{ type: 'addPersona', id: 'wang', name: 'Wang Fang' }, { type: 'movePersona', id: 'wang', index: 0 }], (d) => expect(ids(d.personas)).toEqual(['wang', 'li']));
  });

  it('a curve belongs to a persona; the title block shows chosen ones; deleting a persona unties both', () => {
    const editor = new Editor(smallMap());
    editor.apply([
      { type: 'addPersona', id: 'li', name: 'Li Wei' },
      { type: 'addPersona', id: 'wang', name: 'Wang Fang' },
    ]);
    const doc = doUndoRedo(editor.doc, [{ type: 'setCurvePersona', id: 'now', personaId: 'li' }, { type: 'setTitlePersonas', ids: ['li', 'wang', 'li'] }], (d) => {
      expect(d.curves.now?.personaId).toBe('li');
      expect(d.map.titlePersonas).toEqual(['li', 'wang']);
    });
    doUndoRedo(doc, { type: 'deletePersona', id: 'li' }, (d) => {
      expect(d.personas.li).toBeUndefined();
      expect(d.curves.now).not.toHaveProperty('personaId');
      expect(d.map.titlePersonas).toEqual(['wang']);
    });
    expect(() => new Editor(doc).apply({ type: 'setCurvePersona', id: 'now', personaId: 'nobody' })).toThrow(/no persona/);
  });

  it('from a file: a curve of a missing persona is kept without it, missing title personas are left out', () => {
    const doc = structuredClone(smallMap());
    doc.curves.now!.personaId = 'ghost';
    doc.map.titlePersonas = ['ghost', 'constructor'];
    const { doc: restored, problems } = restoreDocument(doc as never);
    expect(restored.curves.now).not.toHaveProperty('personaId');
    expect(restored.map).not.toHaveProperty('titlePersonas');
    expect(problems.join('\n')).toMatch(/curve 'now': field 'personaId': no persona 'ghost'/);
  });
});
