import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor.ts';
import { RecordSchemas } from '../../shared/model.ts';
import { MAX_TITLE_PERSONAS, PERSONA_LIMITS, curveLabel, legendShown, personaLine, shorten, titlePersonaIds, titlePersonas } from '../../shared/personas.ts';
import { smallMap } from './ops/harness.ts';

function withPersonas() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addPersona', id: 'li', name: 'Li Wei', description: 'IT engineer. Hates haggling.' },
    { type: 'addPersona', id: 'wang', name: 'Wang Fang' },
    { type: 'addPersona', id: 'zhao', name: 'Zhao Lei' },
  ]);
  return editor;
}

describe('personas', () => {
  it('holds the limits of the persona schema', () => {
    const persona = { id: 'p', order: 'a0', name: '', description: '' };
    for (const [field, max] of Object.entries(PERSONA_LIMITS)) {
      expect(RecordSchemas.personas.safeParse({ ...persona, [field]: 'x'.repeat(max) }).success, field).toBe(true);
      expect(RecordSchemas.personas.safeParse({ ...persona, [field]: 'x'.repeat(max + 1) }).success, field).toBe(false);
    }
    const map = smallMap().map;
    const ids = (count: number) => Array.from({ length: count }, (_, i) => `p${i}`);
    expect(RecordSchemas.map.safeParse({ ...map, titlePersonas: ids(MAX_TITLE_PERSONAS) }).success).toBe(true);
    expect(RecordSchemas.map.safeParse({ ...map, titlePersonas: ids(MAX_TITLE_PERSONAS + 1) }).success).toBe(false);
  });

  it('the title block shows the first persona until others are chosen, then those in the map’s order', () => {
    const editor = withPersonas();
    expect(titlePersonaIds(editor.doc)).toEqual(['li']);
    editor.apply({ type: 'setTitlePersonas', ids: ['zhao', 'li'] });
    expect(titlePersonas(editor.doc).map((p) => p.name)).toEqual(['Li Wei', 'Zhao Lei']);
    editor.apply({ type: 'movePersona', id: 'zhao', index: 0 });
    expect(titlePersonaIds(editor.doc)).toEqual(['zhao', 'li']);
    expect(titlePersonaIds(new Editor(smallMap()).doc)).toEqual([]);
  });

  it('prints the quote in quotation marks, else the first sentence of the description', () => {
    expect(personaLine({ description: 'IT engineer. Hates haggling.', quote: 'Just tell me the real price.' })).toEqual({ text: '“Just tell me the real price.”', kind: 'quote' });
    expect(personaLine({ description: '', quote: '“Already quoted”' })?.text).toBe('“Already quoted”');
    expect(personaLine({ description: 'IT engineer. Hates haggling.' })).toEqual({ text: 'IT engineer.', kind: 'description' });
    expect(personaLine({ description: 'IT工程师，孩子3岁。最怕砍价拉锯。' })?.text).toBe('IT工程师，孩子3岁。');
    expect(personaLine({ description: '  ', quote: ' ' })).toBeNull();
  });

  it('shortens at a word, or anywhere in Chinese, with an ellipsis', () => {
    expect(shorten('one two three four five', 12)).toBe('one two…');
    expect(shorten('习惯先在网上做功课，预算20万左右', 10)).toBe('习惯先在网上做功课…');
    expect(shorten('short', 12)).toBe('short');
    // an emoji is never split
    expect([...shorten('😀😀😀😀', 2)]).toHaveLength(3);
  });

  it('a curve’s label names its persona', () => {
    const editor = withPersonas();
    const curve = editor.doc.curves.now!;
    expect(curveLabel(editor.doc, curve)).toBe('Current');
    expect(legendShown(editor.doc, [curve])).toBe(false);
    editor.apply({ type: 'setCurvePersona', id: 'now', personaId: 'li' });
    expect(curveLabel(editor.doc, editor.doc.curves.now!)).toBe('Li Wei — Current');
    expect(curveLabel(editor.doc, { ...editor.doc.curves.now!, name: ' ' })).toBe('Li Wei');
    expect(legendShown(editor.doc, [editor.doc.curves.now!])).toBe(true);
  });
});
