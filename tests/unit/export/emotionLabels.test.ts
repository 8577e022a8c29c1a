// The exported curve's marker labels, like the canvas': inside the emotion lane, none over another.
import { describe, expect, it } from 'vitest';
import { exportedDocument, renderSvg } from '../../../shared/export/svg.ts';
import { layoutMap } from '../../../shared/layout.ts';
import { textWidth } from '../../../shared/text.ts';
import { createDocument } from '../../../shared/templates.ts';

describe('SVG marker labels', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`stay inside the lane and never overlap (${locale})`, () => {
      const doc = createDocument('car-dealer', locale);
      // The first point a −2 low as well: its labels pile up at the bottom of the lane.
      doc.emotionPoints['emotion-aware-video']!.score = -2;
      const { svg } = renderSvg(doc);
      const row = layoutMap(exportedDocument(doc, {})).rows.find((r) => doc.lanes[r.laneId]?.kind === 'emotion')!;
      const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="10" font-weight="700" fill="[^"]+" text-anchor="middle">([^<]+)<\/text>/g)].map((m) => {
        const width = textWidth(m[3] as string, 10) * 1.1 + 2;
        return { text: m[3] as string, x: Number(m[1]) - width / 2, y: Number(m[2]) - 10, width, height: 12 };
      });
      expect(labels.map((l) => l.text)).toContain(locale === 'en' ? 'Most intense · low' : '最强烈 · 低谷');
      for (const label of labels) {
        expect(label.y, label.text).toBeGreaterThanOrEqual(row.y);
        expect(label.y + label.height, label.text).toBeLessThanOrEqual(row.y + row.height);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${a.text} over ${b.text}`).toBe(false);
        }
      }
    });
  }
});
