// The export draws the cards' images and the personas' photos from the bytes it is given: each
// image defined once, placed fitted and clipped, a placeholder where an image is missing.
import { describe, expect, it } from 'vitest';
import { dataUrl, toBase64 } from '../../../shared/base64.ts';
import { Editor } from '../../../shared/editor.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import { embeddedImageIds } from '../../../shared/export/svgImages.ts';
import { GRID, layoutMap } from '../../../shared/layout.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import { createDocument } from '../../../shared/templates.ts';
import { png } from '../imageBytes.ts';

const ids = Array.from({ length: 12 }, (_, i) => i.toString(16).repeat(64));
const [A, B, C] = ids as [string, string, string];

function mapWithImages(): JourneyDoc {
  const editor = new Editor(createDocument('blank', 'en'));
  const sceneId = Object.keys(editor.doc.scenes)[0] as string;
  const laneId = Object.keys(editor.doc.lanes)[0] as string;
  editor.apply([
    { type: 'addLane', id: 'board', kind: 'images', title: 'Storyboard' },
    { type: 'addCard', id: 'frame', laneId: 'board', sceneId, text: 'At the door', fields: { images: [A, B] } },
    { type: 'addCard', id: 'site', laneId, sceneId, text: 'Site photos', fields: { images: ids } },
  ]);
  return editor.doc;
}

const hrefOf = (id: string) => (id === B ? null : `data:image/png;base64,${id.slice(0, 4)}`);

describe('images in the export SVG', () => {
  it('defines each image once per way of fitting, and places it with a clip path of its own', () => {
    const { svg, defs } = renderSvg(mapWithImages(), { imageHref: hrefOf });
    // A: the frame of one card (whole) and a thumbnail of the other (filling its square)
    expect(defs.match(/<symbol id="image-0{64}">/g)).toHaveLength(1);
    expect(defs.match(/<symbol id="image-0{64}-fill">/g)).toHaveLength(1);
    expect(defs).toContain(`<image data-image-id="${A}" width="100%" height="100%" preserveAspectRatio="xMidYMid meet" href="data:image/png;base64,0000"/>`);
    expect(defs).toContain(`<image data-image-id="${A}" width="100%" height="100%" preserveAspectRatio="xMidYMid slice" href="data:image/png;base64,0000"/>`);
    const uses = [...svg.matchAll(/<g clip-path="url\(#(clip-\d+)\)"><use class="card-(picture|thumb)" data-image-id="([0-9a-f]{64})" href="#image-\3(-fill)?" [^>]*\/><\/g>/g)];
    expect(uses.filter((m) => m[3] === A).map((m) => `${m[2]}${m[4] ?? ''}`).sort()).toEqual(['picture', 'thumb-fill']);
    for (const m of uses) expect(svg).toContain(`<clipPath id="${m[1]}">`);
    expect(new Set(uses.map((m) => m[1])).size).toBe(uses.length);
    // The exporter hands each image drawn over once; a missing one is not asked for.
    const embedded = embeddedImageIds(defs);
    expect(embedded).toContain(A);
    expect(embedded).not.toContain(B);
    expect(new Set(embedded).size).toBe(embedded.length);
    expect(embedded.sort()).toEqual([...new Set(uses.map((m) => m[3] as string))].sort());
  });

  it('puts the storyboard frame where the layout says, the caption under it', () => {
    const doc = mapWithImages();
    const layout = layoutMap(doc, doc);
    const box = layout.cards.frame;
    const picture = box?.picture;
    if (!box || !picture) throw new Error('no frame');
    const { svg } = renderSvg(doc, { imageHref: hrefOf });
    const card = /<g class="card" data-card-id="frame">(.*)$/m.exec(svg)?.[1] ?? '';
    expect(card).toContain(`<use class="card-picture" data-image-id="${A}" href="#image-${A}" x="${box.x + picture.x}" y="${box.y + picture.y}" width="${picture.width}" height="${picture.height}"`);
    const captionY = Number(/<tspan x="[\d.]+" y="([\d.]+)">At the door<\/tspan>/.exec(card)?.[1]);
    expect(captionY).toBe(box.y + picture.y + picture.height + GRID.imageGap + 12);
  });

  it('draws a placeholder for a missing image and a +N tile for the ones that do not fit', () => {
    const { svg, defs } = renderSvg(mapWithImages(), { imageHref: hrefOf });
    expect(svg).toMatch(new RegExp(`<rect class="card-thumb image-missing" data-image-id="${B}"`));
    expect(defs).toContain('<symbol id="image-missing"');
    expect(defs).not.toContain(`id="image-${B}"`);
    const layout = layoutMap(mapWithImages(), mapWithImages());
    const more = layout.cards.site?.thumbs?.more ?? 0;
    expect(more).toBeGreaterThan(0);
    expect(svg).toContain(`>+${more}</text>`);
    // Without hrefs, every image is a placeholder and nothing is embedded.
    expect(renderSvg(mapWithImages()).svg).not.toContain('<image data-image-id');
  });

  it('leaves the href out when the exporter will set it in the page', () => {
    const { defs } = renderSvg(mapWithImages(), { imageHref: () => '' });
    expect(defs).toContain(`<image data-image-id="${A}" width="100%" height="100%" preserveAspectRatio="xMidYMid meet"/>`);
  });

  it("shows a persona's photo left of its name in the title block", () => {
    const doc = mapWithImages();
    const persona = { id: 'p1', name: 'Li Wei', description: '', goals: '', quote: '', photo: C, order: 'a0' };
    const withPersona = { ...doc, personas: { p1: { ...Object.values(doc.personas)[0], ...persona } } } as JourneyDoc;
    const { svg } = renderSvg(withPersona, { imageHref: hrefOf });
    const group = /<g class="title-persona" data-persona-id="p1">(.*)$/m.exec(svg)?.[1] ?? '';
    expect(group).toMatch(new RegExp(`<use class="persona-photo" data-image-id="${C}" href="#image-${C}-fill" x="([\\d.]+)" y="14" width="38" height="38"`));
    expect(group).toMatch(/<clipPath id="clip-\d+"><rect [^>]* rx="19"\/><\/clipPath>/);
  });
});

describe('base64', () => {
  it('matches Node for every length around the slice size and padding', () => {
    const bytes = Uint8Array.from({ length: 3 * 16_384 * 2 + 5 }, (_, i) => (i * 131 + 7) % 256);
    for (const length of [0, 1, 2, 3, 4, 5, 49_151, 49_152, 49_153, bytes.length]) {
      expect(toBase64(bytes.subarray(0, length))).toBe(Buffer.from(bytes.subarray(0, length)).toString('base64'));
    }
  });

  it('makes a data: URL of an image', () => {
    const bytes = png(2, 2);
    expect(dataUrl('image/png', bytes)).toBe(`data:image/png;base64,${bytes.toString('base64')}`);
  });
});
