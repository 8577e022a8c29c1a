// Property tests: any sequence of edits, including ones naming records that do not exist, keeps
// the document consistent and valid; undoing everything returns the exact start, redoing
// everything the exact end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { OperationError } from '../../../shared/ops.ts';
import { createDocument } from '../../../shared/templates.ts';
import { parseDocument } from '../../../shared/validate.ts';
import { smallMap } from './harness.ts';
import { brokenInvariants, recipe, toOperation } from './properties.ts';

const starts = fc.constantFrom(
  () => smallMap(),
  () => createDocument('car-dealer', 'zh-CN'),
  () => createDocument('blank', 'en'),
);

// The edits of format 6, after which the document is read back as from a file at every step.
const NEW_FIELDS = new Set<string>(['setCardFields', 'setLoopStatus', 'addPersona', 'updatePersona', 'movePersona', 'deletePersona', 'setCurvePersona', 'setTitlePersonas']);

describe('random edit sequences', () => {
  it('keep every invariant, and undo-all / redo-all return the exact documents', () => {
    // what was actually applied, to show the generators reach the interesting edits
    const applied = new Map<string, number>();
    const count = (what: string) => applied.set(what, (applied.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(starts, fc.array(recipe, { maxLength: 80, size: 'large' }), (start, recipes) => {
        const editor = new Editor(start());
        const first = structuredClone(editor.doc);
        for (const r of recipes) {
          const op = toOperation(editor.doc, r);
          const before = editor.doc;
          let refusal: unknown = null;
          try {
            editor.apply(op);
            count(op.type);
            if (op.type === 'setCardFields' && (op.fields.steps || op.fields.roles || op.fields.measure)) count('service action fields');
            if (op.type === 'setCardFields' && op.fields.metric) count('metric fields');
            if (op.type === 'setCardFields' && op.fields.loop) count('loop fields');
            if (op.type === 'setCardFields' && op.fields.images) count('image fields');
          } catch (error) {
            refusal = error;
          }
          // A refused edit says why (an OperationError) and changes nothing.
          expect(refusal === null || (refusal instanceof OperationError && editor.doc === before)).toBe(true);
          expect(brokenInvariants(editor.doc), JSON.stringify(op)).toEqual([]);
          // what an edit makes is a valid document, as it would be read back from a file
          const reread = refusal === null && NEW_FIELDS.has(op.type) ? parseDocument(structuredClone(editor.doc)) : editor.doc;
          expect(reread, JSON.stringify(op).slice(0, 500)).toEqual(editor.doc);
        }
        expect(parseDocument(structuredClone(editor.doc))).toEqual(editor.doc);
        const last = structuredClone(editor.doc);
        while (editor.undo());
        expect(editor.doc).toEqual(first);
        while (editor.redo());
        expect(editor.doc).toEqual(last);
      }),
      { numRuns: 120 },
    );
    for (const what of [
      'addRelation', 'deleteRelation', 'service action fields', 'deleteCard', 'moveCard', 'metric fields', 'loop fields', 'image fields', 'setLoopStatus', 'addPersona', 'updatePersona',
      'movePersona', 'deletePersona', 'setCurvePersona', 'setTitlePersonas',
    ]) {
      expect(applied.get(what) ?? 0, what).toBeGreaterThan(0);
    }
  });
});
