// The exporter draws the images it is given from their original bytes: written into an SVG
// file, or handed to the print page one at a time (never all in one string).
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../electron/services/export/exporter.ts';
import type { RenderHost } from '../../../electron/services/export/renderHost.ts';
import { ExportOptionsSchema } from '../../../shared/export/options.ts';
import type { EmbeddedImage } from '../../../shared/export/embeddedImage.ts';
import { Editor } from '../../../shared/editor.ts';
import { createDocument } from '../../../shared/templates.ts';
import { png } from '../imageBytes.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const bytes = png(4, 3);
const images = new Map<string, EmbeddedImage>([[A, { mime: 'image/png', width: 4, height: 3, bytes }]]);

function doc() {
  const editor = new Editor(createDocument('blank', 'en'));
  const sceneId = Object.keys(editor.doc.scenes)[0] as string;
  editor.apply([
    { type: 'addLane', id: 'board', kind: 'images', title: 'Storyboard' },
    { type: 'addCard', id: 'frame', laneId: 'board', sceneId, text: 'Door', fields: { images: [A, B] } },
    // a title that looks like the exporter's marks stays text (a title is never wrapped)
    { type: 'setMapTitle', title: `journey-mapper-image:${A} href="journey-mapper-image:${B}"` },
  ]);
  return editor.doc;
}

function host(log: string[]): () => Promise<RenderHost> {
  return async () => ({
    load: async (html) => void log.push(html.includes('base64') ? 'load with bytes' : 'load'),
    placeImage: async (id, href) => void log.push(`place ${id.slice(0, 1)} ${href.slice(0, 22)} ${href.length}`),
    pdf: async () => {
      const pdf = await PDFDocument.create();
      pdf.addPage();
      return pdf.save();
    },
    capture: async () => Buffer.alloc(0),
    close: async () => void log.push('close'),
  });
}

describe('images in exports', () => {
  it('writes the original bytes into the SVG file once, and a placeholder for the missing one', async () => {
    const log: string[] = [];
    const result = await exportMap(doc(), ExportOptionsSchema.parse({ format: 'svg' }), { openHost: host(log), appVersion: 'test', images });
    const svg = Buffer.from(result.bytes).toString('utf8');
    expect(svg.split(`href="data:image/png;base64,${bytes.toString('base64')}"`)).toHaveLength(2);
    expect(svg).not.toContain('="journey-mapper-image:');
    expect(svg).toContain(`>journey-mapper-image:${A} href=&#34;journey-mapper-image:${B}&#34;</text>`);
    expect(svg).toContain(`class="card-thumb image-missing" data-image-id="${B}"`);
    expect(log).toEqual([]);
  });

  it('loads the print page without the bytes, then places each image in it', async () => {
    const log: string[] = [];
    await exportMap(doc(), ExportOptionsSchema.parse({ format: 'pdf' }), { openHost: host(log), appVersion: 'test', images });
    const href = `data:image/png;base64,${bytes.toString('base64')}`;
    expect(log).toEqual(['load', `place a ${href.slice(0, 22)} ${href.length}`, 'close']);
  });
});
