import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../shared/export/svg.ts';
import { layoutMap } from '../../../shared/layout.ts';
import { labelSizeOf, linkGeometry } from '../../../shared/pathGeometry.ts';
import { smallMap } from '../ops/harness.ts';

describe('links in the export', () => {
  it('are drawn by the same geometry as the canvas, with the label on its pill', () => {
    const doc = smallMap();
    const layout = layoutMap(doc);
    const expected = linkGeometry(layout.cards.t1!, layout.cards.t2!, labelSizeOf('books a visit'));
    const { svg } = renderSvg(doc);
    expect(svg).toContain(`<path d="${expected.path}" fill="none" stroke="#d97706"`);
    expect(svg).toMatch(/<rect [^>]*rx="10" fill="#fffbeb" stroke="#f59e0b"\/>\n<text [^>]*>books a visit<\/text>/);
  });
});
