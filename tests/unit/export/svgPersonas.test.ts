// The title block and the curve legend of the export name the map's personas as the canvas does.
import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { renderSvg } from '../../../shared/export/svg.ts';
import { CURRENT_CURVE } from '../../../shared/template.ts';
import { createDocument } from '../../../shared/templates.ts';

const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
const textsOf = (svg: string) => [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) => unescape(m[1] as string));
const titleGroups = (svg: string) => [...svg.matchAll(/<g class="title-persona" data-persona-id="([^"]+)">(.*?)<\/g>/g)].map((m) => ({ id: m[1], texts: textsOf(m[2] as string) }));

function dealer() {
  const editor = new Editor(createDocument('car-dealer', 'en'));
  // the template's curve belongs to its persona: untied here, to tie it in the tests
  for (const curve of Object.values(editor.doc.curves)) if (curve.personaId) editor.apply({ type: 'setCurvePersona', id: curve.id });
  editor.apply([
    { type: 'addPersona', id: 'wang', name: 'Wang Fang', description: 'Retired teacher' },
    { type: 'updatePersona', id: 'persona-1', fields: { name: 'Li Wei', quote: 'Just tell me the real price.' } },
  ]);
  return editor;
}

describe('the personas in the export', () => {
  it('the title block shows the first persona with its quote, or the chosen ones with their lines', () => {
    const editor = dealer();
    expect(titleGroups(renderSvg(editor.doc, { date: '2026-11-23' }).svg)).toEqual([{ id: 'persona-1', texts: ['Li Wei', '“Just tell me the real price.”'] }]);
    editor.apply({ type: 'setTitlePersonas', ids: ['wang', 'persona-1'] });
    const { svg } = renderSvg(editor.doc, { date: '2026-11-23' });
    expect(titleGroups(svg)).toEqual([
      { id: 'persona-1', texts: ['Li Wei', '“Just tell me the real price.”'] },
      { id: 'wang', texts: ['Wang Fang', 'Retired teacher'] },
    ]);
    // The date stays in the subtitle, alone.
    expect(textsOf(svg)).toContain('2026-11-23');
  });

  it('names that find no room join the subtitle', () => {
    const editor = dealer();
    editor.apply({ type: 'setTitlePersonas', ids: ['wang', 'persona-1'] });
    // Only the first stage: a narrow map with a long title leaves room for no column.
    const first = Object.values(editor.doc.stages).sort((a, b) => (a.order < b.order ? -1 : 1))[0]!.id;
    editor.apply({ type: 'setMapTitle', title: 'A very long title for a narrow export of one stage only' });
    const { svg } = renderSvg(editor.doc, { stages: [first], date: '2026-11-23' });
    const shown = titleGroups(svg).map((g) => g.id);
    const subtitle = textsOf(svg).find((t) => t.endsWith('2026-11-23'))!;
    for (const [id, name] of [['persona-1', 'Li Wei'], ['wang', 'Wang Fang']] as const) expect(shown.includes(id) || subtitle.includes(name), name).toBe(true);
    expect(shown.length).toBeLessThan(2);
  });

  it('the legend names a curve’s persona, even when it is the only curve', () => {
    const editor = dealer();
    expect(renderSvg(editor.doc).svg).not.toContain('class="legend"');
    editor.apply({ type: 'setCurvePersona', id: CURRENT_CURVE, personaId: 'persona-1' });
    const { svg } = renderSvg(editor.doc);
    expect(svg).toContain(`class="legend" data-curve-id="${CURRENT_CURVE}"`);
    expect(textsOf(svg).join(' ')).toContain('Li Wei — Current');
  });
});
