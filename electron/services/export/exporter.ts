// One export, from the document to the bytes of an SVG, PDF, PNG, PPTX or HTML file. The SVG comes
// from the shared renderer; Chromium prints it (PDF) or photographs it in strips (PNG). PDF, PNG
// and HTML carry the exported map inside, so they open again as an editable map.
import { ApiError } from '../../../shared/api.ts';
import type { JourneyDoc } from '../../../shared/model.ts';
import type { EmbeddedImage } from '../../../shared/export/embeddedImage.ts';
import { CONTENT_FORMATS, HANDBOOK_PDF_ONLY, type ExportOptions } from '../../../shared/export/options.ts';
import { buildHandbook, emptyHandbookMessage, handbookActions } from '../../../shared/export/handbook.ts';
import { handbookHtml } from '../../../shared/export/handbookHtml.ts';
import { matrixSvg } from '../../../shared/export/matrixSvg.ts';
import { planPages } from '../../../shared/export/pages.ts';
import { pdfPageHtml, rasterPageHtml } from '../../../shared/export/printPage.ts';
import { exportSvg, exportedDocument, type SvgResult } from '../../../shared/export/svg.ts';
import { embeddedImageIds, type ImageHref } from '../../../shared/export/svgImages.ts';
import { VIEWER_DATA_VERSION, type ViewerData } from '../../../shared/export/viewerData.ts';
import { imageIdsOf } from '../../../shared/imageRefs.ts';
import { actionListHtml } from '../../../shared/export/actionListHtml.ts';
import { boardCsv, boardItems, filterItems } from '../../../shared/painBoard.ts';
import { isoDay } from '../../../shared/painLoop.ts';
import { MAX_CARRIER_BYTES } from '../../../shared/limits.ts';
import { serializeProject } from '../projectFile.ts';
import { planSlides } from '../../../shared/export/slides.ts';
import { writePptx } from '../slides/pptx.ts';
import { htmlPage, type ViewerBundle } from './html.ts';
import { finishPdf } from './pdf.ts';
import { PngWriter, mapChunk } from './png.ts';
import type { OpenRenderHost, RenderHost } from './renderHost.ts';
import { viewerBundle } from './viewerBundle.ts';

export interface ExportProgress {
  /** steps done out of total: 1 for preparing, then one per sheet or strip, 1 for finishing */
  done: number;
  total: number;
}

export interface ExportContext {
  openHost: OpenRenderHost;
  appVersion: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** PNG limits; tests make them small to exercise the tiled paths */
  limits?: Partial<typeof PNG_LIMITS>;
  /** the date the pain points' due dates are measured against (YYYY-MM-DD); default: this machine's */
  today?: string;
  /** the originals of the images the map names (absent ones are drawn as missing) */
  images?: ReadonlyMap<string, EmbeddedImage>;
  /** the HTML viewer app to inline (default: the one `npm run build` wrote); tests give a small one */
  viewer?: () => Promise<ViewerBundle>;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** map size in CSS pixels */
  width: number;
  height: number;
  /** PDF sheets */
  pages?: number;
  /** PNG size in pixels */
  pixelWidth?: number;
  pixelHeight?: number;
  /** the action list: how many pain points it lists */
  rows?: number;
}

export const PNG_LIMITS = {
  /** many viewers and editors refuse images wider or taller than this */
  maxSide: 65_535,
  maxPixels: 400_000_000,
  /** device pixels in one capture */
  maxCapturePixels: 16_000_000,
  maxCaptureWidth: 32_768,
};

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApiError({ code: 'cancelled', message: 'the export was cancelled' });
}

/** The largest scale at which a map of this size still makes a PNG, rounded down to 0.1. */
export function largestPngScale(width: number, height: number, limits = PNG_LIMITS): number {
  const scale = Math.min(limits.maxSide / width, limits.maxSide / height, Math.sqrt(limits.maxPixels / (width * height)));
  return Math.floor(scale * 10) / 10;
}

/** The map a PDF or PNG carries: what a map export shows; the whole map for the matrix and the handbook. */
function projectOf(doc: JourneyDoc, options: ExportOptions, appVersion: string): Buffer {
  return serializeProject(options.content === 'map' ? exportedDocument(doc, options) : doc, { appVersion });
}

type Images = ExportContext['images'];

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const dataUrlOf = (image: EmbeddedImage) => `data:${image.mime};base64,${base64(image.bytes)}`;

/** Where an SVG file's image goes until its bytes are written in (the SVG itself is a string, which cannot hold 500 MB of them). */
const IMAGE_MARK = 'journey-mapper-image:';

/** How the picture refers to the images: marks to fill in (SVG), or nothing, for the page to set (PDF, PNG). */
function imageHrefFor(format: ExportOptions['format'], images: Images): ImageHref {
  return (id) => (images?.has(id) ? (format === 'svg' ? `${IMAGE_MARK}${id}` : '') : null);
}

/** The SVG file's bytes: the text with each image's original bytes written in, one at a time, into the one buffer. */
function svgBytes(map: SvgResult, images: Images): Buffer {
  // Matched with its attribute's quotes, which the map's own text cannot have (escapeXml).
  const parts = map.svg.split(new RegExp(`(?<=href=")${IMAGE_MARK}([0-9a-f]{64})(?=")`));
  const prefix = (image: EmbeddedImage) => `data:${image.mime};base64,`;
  const imageOf = (id: string) => images?.get(id) as EmbeddedImage;
  const length = parts.reduce((sum, part, i) => {
    if (i % 2 === 0) return sum + Buffer.byteLength(part, 'utf8');
    const image = imageOf(part);
    return sum + prefix(image).length + Math.ceil(image.bytes.length / 3) * 4;
  }, 0);
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  parts.forEach((part, i) => {
    if (i % 2 === 0) at += out.write(part, at, 'utf8');
    else {
      const image = imageOf(part);
      at += out.write(prefix(image), at, 'latin1');
      at += out.write(base64(image.bytes), at, 'latin1');
    }
  });
  return out;
}

/** Gives the loaded page the originals of the images it draws, one at a time. */
async function placeImages(host: RenderHost, map: SvgResult | null, images: Images, signal: AbortSignal | undefined): Promise<void> {
  if (!map || !images) return;
  for (const id of embeddedImageIds(map.defs)) {
    const image = images.get(id);
    if (!image) continue;
    checkCancelled(signal);
    await host.placeImage(id, dataUrlOf(image));
  }
}

async function withHost<T>(context: ExportContext, work: (host: RenderHost) => Promise<T>): Promise<T> {
  const host = await context.openHost();
  try {
    return await work(host);
  } finally {
    await host.close().catch(() => undefined);
  }
}

/** Prints an HTML page of `pages` sheets and finishes the PDF (properties, the map attached). */
async function printPdf(doc: JourneyDoc, html: string, pages: number, map: SvgResult | null, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  const total = 3;
  context.onProgress?.({ done: 0, total });
  const printed = await withHost(context, async (host) => {
    await host.load(html);
    await placeImages(host, map, context.images, context.signal);
    checkCancelled(context.signal);
    context.onProgress?.({ done: 1, total });
    return host.pdf();
  });
  checkCancelled(context.signal);
  context.onProgress?.({ done: 2, total });
  const bytes = await finishPdf(printed, {
    title: doc.map.title,
    lang: doc.map.locale,
    appVersion: context.appVersion,
    project: projectOf(doc, options, context.appVersion),
  });
  context.onProgress?.({ done: total, total });
  return { bytes, width: map?.width ?? 0, height: map?.height ?? 0, pages };
}

function exportPdf(doc: JourneyDoc, map: SvgResult, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  // The matrix is one picture: always fitted on one sheet.
  const plan = planPages(map.width, map.height, options.content === 'matrix' ? { ...options.page, mode: 'fit' } : options.page);
  return printPdf(doc, pdfPageHtml(map, plan, doc.map.title, doc.map.locale), plan.tiles.length, map, options, context);
}

/** The service action handbook: A4 pages of text, PDF only; nothing to print is an error, not an empty file. */
function exportHandbook(doc: JourneyDoc, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  // The schema refuses it already; options built in code are held to it too.
  if (!CONTENT_FORMATS.handbook.includes(options.format)) throw new ApiError({ code: 'invalid-request', message: HANDBOOK_PDF_ONLY });
  const handbook = buildHandbook(doc, options.role);
  if (handbookActions(handbook).length === 0) {
    throw new ApiError({ code: 'invalid-request', message: emptyHandbookMessage(doc, handbook.role), params: { role: handbook.role ?? '' } });
  }
  const { html, pages } = handbookHtml(handbook);
  return printPdf(doc, html, pages, null, options, context);
}

async function exportPng(doc: JourneyDoc, map: SvgResult, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  const limits = { ...PNG_LIMITS, ...context.limits };
  const { scale } = options;
  const pixelWidth = Math.round(map.width * scale);
  const pixelHeight = Math.round(map.height * scale);
  if (pixelWidth > limits.maxSide || pixelHeight > limits.maxSide || pixelWidth * pixelHeight > limits.maxPixels) {
    const largest = largestPngScale(map.width, map.height, limits);
    throw new ApiError({
      code: 'too-large',
      message: `the map is too large for a PNG at ${scale}× (${pixelWidth} × ${pixelHeight} pixels); the largest possible scale is ${largest}×. Choose a smaller scale, or export a PDF.`,
      params: { scale, width: pixelWidth, height: pixelHeight, largest },
    });
  }
  // Pieces side by side when the map is wider than one capture; strips from top to bottom.
  const columns = Math.ceil(pixelWidth / limits.maxCaptureWidth);
  const pieceWidth = Math.ceil(map.width / columns);
  const stripHeight = Math.max(1, Math.floor(limits.maxCapturePixels / (pieceWidth * scale * scale)));
  const strips = Math.ceil(map.height / stripHeight);
  const total = strips + 2;
  context.onProgress?.({ done: 0, total });
  const writer = new PngWriter({
    width: pixelWidth,
    height: pixelHeight,
    alpha: options.background === 'transparent',
    scale,
    title: doc.map.title,
    chunks: [mapChunk(projectOf(doc, options, context.appVersion))],
  });
  try {
    await withHost(context, async (host) => {
      await host.load(rasterPageHtml(map, doc.map.title, doc.map.locale));
      await placeImages(host, map, context.images, context.signal);
      context.onProgress?.({ done: 1, total });
      // While one strip is decoded and compressed, the browser draws the next.
      let writing: Promise<void> = Promise.resolve();
      for (let strip = 0; strip < strips; strip++) {
        // Region edges are placed on whole device pixels so the pieces meet without a seam.
        const top = Math.round(strip * stripHeight * scale);
        const bottom = Math.min(pixelHeight, Math.round((strip + 1) * stripHeight * scale));
        const pieces: Buffer[] = [];
        for (let column = 0; column < columns; column++) {
          checkCancelled(context.signal);
          const left = Math.round(column * pieceWidth * scale);
          const right = Math.min(pixelWidth, Math.round((column + 1) * pieceWidth * scale));
          pieces.push(
            await host.capture(
              { x: left / scale, y: top / scale, width: (right - left) / scale, height: (bottom - top) / scale },
              scale,
              options.background === 'transparent',
            ),
          );
        }
        await writing;
        writing = writer.addStrip(pieces).then(() => context.onProgress?.({ done: strip + 2, total }));
        // A failed strip is reported by the await above or below, not as an unhandled rejection.
        writing.catch(() => undefined);
      }
      await writing;
    });
    const bytes = await writer.finish();
    context.onProgress?.({ done: total, total });
    return { bytes, width: map.width, height: map.height, pixelWidth, pixelHeight };
  } finally {
    writer.destroy();
  }
}

/** The picture a map or matrix export draws (the matrix is fitted on its sheet like a map). */
const pictureOf = (doc: JourneyDoc, options: ExportOptions, today: string, images: Images): SvgResult =>
  options.content === 'matrix' ? matrixSvg(doc, options) : exportSvg(doc, { ...options, today, imageHref: imageHrefFor(options.format, images) });

/** The pain points (of the chosen stages) as CSV or as the action list in PDF; both also without any. */
function exportActions(doc: JourneyDoc, options: ExportOptions, context: ExportContext): Promise<ExportResult> | ExportResult {
  if (!CONTENT_FORMATS.actions.includes(options.format)) throw new ApiError({ code: 'invalid-request', message: 'the action list is exported as PDF or CSV' });
  const stages = options.stages && new Set(options.stages);
  const items = filterItems(boardItems(doc, context.today ?? isoDay(new Date())), options.painFilter ?? {}).filter((item) => !stages || stages.has(item.stageId));
  if (options.format === 'csv') return { bytes: Buffer.from(boardCsv(items, doc.map.locale), 'utf8'), width: 0, height: 0, rows: items.length };
  const { html, pages } = actionListHtml(doc.map.title, items, doc.map.locale, options.date);
  return printPdf(doc, html, pages, null, options, context).then((result) => ({ ...result, rows: items.length }));
}

/** The map as editable slides: a title, a slide per stage of the chosen view, the opportunities. */
async function exportSlides(doc: JourneyDoc, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  context.onProgress?.({ done: 0, total: 2 });
  const plan = planSlides(doc, options, doc.map.locale);
  checkCancelled(context.signal);
  context.onProgress?.({ done: 1, total: 2 });
  const bytes = await writePptx(plan);
  checkCancelled(context.signal);
  context.onProgress?.({ done: 2, total: 2 });
  return { bytes, width: 0, height: 0, pages: plan.slides.length };
}

/** The map as one HTML page: the viewer app, the map it shows (with its images) and the .cjm to reopen. */
/** The images' share of an HTML file: what is left of the largest file Open… reads once the page, the map and the .cjm have their room. */
const MAX_HTML_IMAGE_TEXT = MAX_CARRIER_BYTES - 32 * 1024 * 1024;

function htmlTooLarge(bytes: number): ApiError {
  const size = Math.ceil(bytes / 1024 / 1024);
  const limit = MAX_CARRIER_BYTES / 1024 / 1024;
  return new ApiError({
    code: 'too-large',
    message: `the map's images make the HTML file too large (about ${size} MB; a file Open… can read back has at most ${limit} MB). Leave out the stages or lanes with the most photos, or export a PDF.`,
    params: { reason: 'html', size, limit },
  });
}

async function exportHtml(doc: JourneyDoc, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  context.onProgress?.({ done: 0, total: 2 });
  const viewer = await (context.viewer ?? viewerBundle)();
  checkCancelled(context.signal);
  // The same document the .cjm inside carries (projectOf), so what the page shows is what Open… gives back.
  const shown = exportedDocument(doc, options);
  const originals = [...imageIdsOf(shown)].flatMap((id) => {
    const image = context.images?.get(id);
    return image ? [[id, image] as const] : [];
  });
  // One page holds every image as base64 text: past what Open… reads back (or a string can hold), refused before it is built.
  const imageText = originals.reduce((sum, [, image]) => sum + Math.ceil(image.bytes.length / 3) * 4, 0);
  if (imageText > MAX_HTML_IMAGE_TEXT) throw htmlTooLarge(imageText);
  const images = Object.fromEntries(originals.map(([id, image]) => [id, dataUrlOf(image)]));
  const data: ViewerData = {
    version: VIEWER_DATA_VERSION,
    doc: shown,
    images,
    appVersion: context.appVersion,
    today: context.today ?? isoDay(new Date()),
    ...(options.date !== undefined && { date: options.date }),
    ...(options.logo !== undefined && { logo: options.logo }),
  };
  const project = serializeProject(shown, { appVersion: context.appVersion });
  checkCancelled(context.signal);
  context.onProgress?.({ done: 1, total: 2 });
  const bytes = htmlPage(data, project, viewer, { title: doc.map.title, locale: doc.map.locale, appVersion: context.appVersion });
  if (bytes.length > MAX_CARRIER_BYTES) throw htmlTooLarge(bytes.length);
  checkCancelled(context.signal);
  context.onProgress?.({ done: 2, total: 2 });
  return { bytes, width: 0, height: 0 };
}

export async function exportMap(doc: JourneyDoc, options: ExportOptions, context: ExportContext): Promise<ExportResult> {
  if (options.content === 'handbook') return exportHandbook(doc, options, context);
  if (options.content === 'actions') return exportActions(doc, options, context);
  if (options.format === 'pptx') return exportSlides(doc, options, context);
  if (options.format === 'html') return exportHtml(doc, options, context);
  const map = pictureOf(doc, options, context.today ?? isoDay(new Date()), context.images);
  checkCancelled(context.signal);
  if (options.format === 'svg') return { bytes: svgBytes(map, context.images), width: map.width, height: map.height };
  if (options.format === 'pdf') return exportPdf(doc, map, options, context);
  return exportPng(doc, map, options, context);
}
