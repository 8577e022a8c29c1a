// The file's thumbnail, drawn at save time: the export picture of the whole map (images from
// their previews), photographed small. Bounded: a save waits for it at most THUMBNAIL_TIME_MS
// and goes ahead without one when it is late or fails.
import { MAX_THUMBNAIL_BYTES } from '../../shared/api.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { imageIdsOf } from '../../shared/imageRefs.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { localToday } from '../today.ts';
import { hrefsOf, loadPreviewHrefs } from './previewHrefs.ts';

export const THUMBNAIL_WIDTH = 512;
/** the file keeps thumbnails of at most 1024 px a side: a very tall map is cut to fit by height instead */
const THUMBNAIL_MAX_HEIGHT = 1024;
export const THUMBNAIL_TIME_MS = 1500;

/** the part of the time given to reading previews: an image still coming is a placeholder in the thumbnail */
const PREVIEWS_SHARE = 0.6;

async function draw(doc: JourneyDoc, timeMs: number): Promise<string | null> {
  const previews = await loadPreviewHrefs(imageIdsOf(doc), timeMs * PREVIEWS_SHARE);
  const { svg, width, height } = renderSvg(doc, { imageHref: hrefsOf(previews), today: localToday() });
  const scale = Math.min(THUMBNAIL_WIDTH / width, THUMBNAIL_MAX_HEIGHT / height, 1);
  const size = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
  // The picture at the thumbnail's own size (its viewBox keeps the drawing): drawn small, not drawn big and shrunk.
  const small = svg.replace(`width="${width}" height="${height}"`, `width="${size.width}" height="${size.height}"`);
  const url = URL.createObjectURL(new Blob([small], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    // toDataURL, not toBlob: Chromium encodes a toBlob in idle time, which a busy page may not have for a second.
    const dataUrl = canvas.toDataURL('image/png');
    const prefix = 'data:image/png;base64,';
    if (!dataUrl.startsWith(prefix)) return null;
    const png = dataUrl.slice(prefix.length);
    return (png.length * 3) / 4 <= MAX_THUMBNAIL_BYTES ? png : null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PNG of the map at most 512 px wide, in base64; null when it fails or takes longer than THUMBNAIL_TIME_MS. */
export function mapThumbnail(doc: JourneyDoc, timeMs = THUMBNAIL_TIME_MS): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeMs)));
  return Promise.race([draw(doc, timeMs).catch(() => null), late]).finally(() => clearTimeout(timer));
}

/** What doc:save carries of the thumbnail: nothing when there is none. */
export async function thumbnailField(doc: JourneyDoc): Promise<{ thumbnail?: string }> {
  const thumbnail = await mapThumbnail(doc).catch(() => null);
  return thumbnail ? { thumbnail } : {};
}
