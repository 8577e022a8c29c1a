// A map exported as slides through the one export pipeline (the dialog's and the CLI's): no
// browser is opened, the chosen stages, lanes and curves (a view) are what the deck shows, and
// progress is reported.
import { describe, expect, it } from 'vitest';
import { exportMap, type ExportProgress } from '../../../electron/services/export/exporter.ts';
import { Editor } from '../../../shared/editor.ts';
import { ExportOptionsSchema } from '../../../shared/export/options.ts';
import { createDocument } from '../../../shared/templates.ts';
import { viewChoice } from '../../../shared/views.ts';
import { unzip } from './unzip.ts';

const noBrowser = () => {
  throw new Error('slides need no browser');
};

describe('export as slides', () => {
  it('writes a PPTX of the view: a title, one slide per stage shown, the opportunities', async () => {
    const editor = new Editor(createDocument('car-dealer', 'en'));
    editor.apply({ type: 'addView', id: 'client', name: 'Client view', leftOut: { stagesLeftOut: ['stage-rebuy'], lanesLeftOut: ['lane-service-actions', 'lane-roles', 'lane-metrics'] } });
    const doc = editor.doc;
    const progress: ExportProgress[] = [];
    const options = ExportOptionsSchema.parse({ format: 'pptx', ...viewChoice(doc, doc.views.client) });
    const result = await exportMap(doc, options, { openHost: noBrowser, appVersion: 'test', onProgress: (p) => progress.push(p) });
    const parts = await unzip(result.bytes);
    const slides = [...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(result.pages as number);
    // title + 5 stages (Rebuy left out) + opportunities
    expect(slides).toHaveLength(7);
    const text = slides.map((name) => parts.get(name)?.toString('utf8')).join('\n');
    expect(text).toContain('Customer needs');
    expect(text).not.toContain('Service actions');
    expect(text).not.toContain('>Rebuy<');
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it('a map export as slides is refused for other contents', () => {
    expect(ExportOptionsSchema.safeParse({ content: 'matrix', format: 'pptx' }).success).toBe(false);
    expect(ExportOptionsSchema.safeParse({ content: 'map', format: 'pptx' }).success).toBe(true);
  });
});
