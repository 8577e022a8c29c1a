// Property test on real files: after any sequence of edits, saving and reopening gives back the
// same document (hostile text included), whether the save creates the file or updates it.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { Editor } from '../../../shared/editor.ts';
import { createDocument } from '../../../shared/templates.ts';
import { recipe, toOperation } from '../ops/properties.ts';
import { tempDir } from './tmp.ts';

describe('save and reopen', () => {
  it('is lossless after any sequence of edits', () => {
    const dir = tempDir();
    let run = 0;
    fc.assert(
      fc.property(fc.array(recipe, { maxLength: 80, size: 'large' }), fc.boolean(), (recipes, update) => {
        const file = path.join(dir, `map-${run++}.cjm`);
        const editor = new Editor(createDocument('car-dealer', 'zh-CN'));
        if (update) writeProject(file, editor.doc);
        for (const r of recipes) {
          try {
            editor.apply(toOperation(editor.doc, r));
          } catch {
            // refused edits are the ops tests' business
          }
        }
        writeProject(file, editor.doc);
        const { doc, problems } = readProject(file);
        expect(problems).toEqual([]);
        expect(doc).toEqual(editor.doc);
      }),
      { numRuns: 40 },
    );
  });
});
