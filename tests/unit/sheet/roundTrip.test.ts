import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../shared/api.ts';
import { mapToWorkbook } from '../../../shared/sheet/fromMap.ts';
import { workbookToMap } from '../../../shared/sheet/toMap.ts';
import { createDocument } from '../../../shared/templates.ts';
import { mapContent } from './mapContent.ts';

describe('a map through a workbook and back', () => {
  for (const name of TEMPLATES) {
    for (const locale of ['en', 'zh-CN'] as const) {
      it(`keeps the ${name} template (${locale})`, () => {
        const doc = createDocument(name, locale);
        const { workbook } = mapToWorkbook(doc);
        const back = workbookToMap(workbook);
        expect(back.problems).toEqual([]);
        expect(mapContent(back.doc)).toEqual(mapContent(doc));
      });
    }
  }
});
