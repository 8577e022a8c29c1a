// The previews of the images a picture of the map draws (the export dialog's preview, the file's
// thumbnail), as data: URLs: the picture is an SVG shown as an image, which loads nothing itself.
import { useEffect, useMemo, useState } from 'react';
import type { ImageHref } from '../../shared/export/svgImages.ts';
import { previewDataUrl } from '../images/previews.ts';

/** Each id's preview (null: none to be had, or not within `withinMs` when given), read at the same time. */
export async function loadPreviewHrefs(ids: Iterable<string>, withinMs?: number): Promise<Map<string, string | null>> {
  const list = [...new Set(ids)];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = withinMs === undefined ? null : new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), withinMs)));
  const read = (id: string) => {
    const url = previewDataUrl(id).catch(() => null);
    return late ? Promise.race([url, late]) : url;
  };
  const urls = await Promise.all(list.map(read)).finally(() => clearTimeout(timer));
  return new Map(list.map((id, i) => [id, urls[i] ?? null]));
}

/** How the picture refers to an image: its preview once read; a placeholder until then or without one. */
export const hrefsOf = (previews: ReadonlyMap<string, string | null>): ImageHref => (id) => previews.get(id) ?? null;

/** The previews of these images, filled in as they arrive (the picture is drawn at once, with placeholders). */
export function usePreviewHrefs(ids: ReadonlySet<string>): ImageHref {
  const key = [...ids].sort().join(',');
  const [previews, setPreviews] = useState<ReadonlyMap<string, string | null>>(new Map());
  useEffect(() => {
    let live = true;
    if (key) void loadPreviewHrefs(key.split(',')).then((loaded) => live && setPreviews(loaded));
    return () => {
      live = false;
    };
  }, [key]);
  return useMemo(() => hrefsOf(previews), [previews]);
}
