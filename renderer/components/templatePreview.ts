// A template's preview picture: the export SVG of its first stages, made once per template and
// language and kept as a blob URL, so opening the gallery again costs nothing.
import type { TemplateName } from '../../shared/api.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import type { Locale } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { createDocument } from '../../shared/templates.ts';

// enough of a map to recognise it in a small box; the rest would only shrink the picture
const PREVIEW_STAGES = 3;
const cache = new Map<string, string>();

export function templatePreview(name: TemplateName, locale: Locale): string {
  const key = `${name}|${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const doc = createDocument(name, locale);
  const stages = sortOrdered(Object.values(doc.stages)).slice(0, PREVIEW_STAGES).map((s) => s.id);
  const { svg } = renderSvg(doc, { stages, background: 'white' });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  cache.set(key, url);
  return url;
}
