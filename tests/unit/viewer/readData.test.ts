// The HTML file's viewer reads its map from the page's data block, and refuses anything else with a reason.
import { describe, expect, it } from 'vitest';
import { jsonForScript, VIEWER_DATA_ID, VIEWER_DATA_VERSION, type ViewerData } from '../../../shared/export/viewerData.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import { createDocument } from '../../../shared/templates.ts';
import { readViewerData } from '../../../renderer/viewer/readData.ts';

/** A page holding one data block with this text (or none). */
const pageWith = (text: string | null) => ({ getElementById: (id: string) => (id === VIEWER_DATA_ID && text !== null ? { textContent: text } : null) }) as unknown as Document;

const data = (): ViewerData => ({ version: VIEWER_DATA_VERSION, doc: createDocument('car-dealer', 'en'), images: {}, appVersion: '0.1.0', today: '2026-12-02' });

describe('the viewer reads its data block', () => {
  it('reads back what the exporter wrote, hostile text included', () => {
    const written = data();
    const evil = '</script><script>alert(1)</script><!-- \u2028\u2029 & >';
    written.doc.map.title = evil;
    const block = jsonForScript(written);
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const outcome = readViewerData(pageWith(block));
    expect('data' in outcome && outcome.data.doc.map.title).toBe(evil);
  });

  it('says why it cannot show a page: no block, damaged JSON, a newer version, a document without its records', () => {
    expect(readViewerData(pageWith(null))).toEqual({ problem: 'missing' });
    expect(readViewerData(pageWith(''))).toEqual({ problem: 'missing' });
    expect(readViewerData(pageWith('{"version":1,'))).toEqual({ problem: 'damaged' });
    expect(readViewerData(pageWith('[1,2]'))).toEqual({ problem: 'damaged' });
    expect(readViewerData(pageWith(JSON.stringify({ ...data(), version: VIEWER_DATA_VERSION + 1 })))).toEqual({ problem: 'tooNew' });
    const { cards: _cards, ...withoutCards } = data().doc;
    expect(readViewerData(pageWith(JSON.stringify({ ...data(), doc: withoutCards })))).toEqual({ problem: 'damaged' });
    expect(readViewerData(pageWith(JSON.stringify({ ...data(), images: [] })))).toEqual({ problem: 'damaged' });
  });
});

describe('the picture names what it draws, for the viewer to find and ring', () => {
  it('marks stages, scenes, lanes, cards and emotion points by id, escaped', () => {
    const doc = createDocument('car-dealer', 'en');
    const { svg } = renderSvg(doc);
    for (const [attribute, ids] of [
      ['data-stage-id', Object.keys(doc.stages)],
      ['data-scene-id', Object.keys(doc.scenes)],
      ['data-card-id', Object.keys(doc.cards)],
      ['data-point-id', Object.keys(doc.emotionPoints)],
    ] as const) {
      for (const id of ids) expect(svg).toContain(`${attribute}="${id}"`);
    }
    const visibleLanes = Object.values(doc.lanes).filter((lane) => !lane.hidden);
    for (const lane of visibleLanes) expect(svg).toContain(`data-lane-id="${lane.id}"`);
  });
});
