// The interactive HTML file: one page that opens offline in any browser, the viewer app
// (renderer/viewer/) inline, the map it shows as a JSON data block, and the .cjm as a base64
// block that Open… turns back into an editable map. Nothing in the page is fetched; the
// Content-Security-Policy lets run only the one script and the one style sheet, by their hashes.
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api.ts';
import { escapeXml } from '../../../shared/export/svg.ts';
import { VIEWER_DATA_ID, VIEWER_PROJECT_ID, VIEWER_PROJECT_TYPE, jsonForScript, type ViewerData } from '../../../shared/export/viewerData.ts';
import { MAX_CARRIER_BYTES, MAX_EMBEDDED_MAP_BYTES } from '../../../shared/limits.ts';

/** The viewer app as `npm run build` writes it (out/viewer/). */
export interface ViewerBundle {
  js: string;
  css: string;
}

export interface HtmlPageInfo {
  title: string;
  locale: string;
  appVersion: string;
}

/** Text for the page's markup: escapeXml's, and U+2028/2029 too, so no line separator stands raw anywhere in the page. */
const escapeHtml = (text: string) => escapeXml(text).replace(/[\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text that would end an inline element early (or, in a script, keep it from ending), which the viewer's script and style must not hold. */
function checkInline(text: string, what: string, ends: string[]): void {
  const lower = text.toLowerCase();
  const found = ends.find((end) => lower.includes(end));
  if (found) throw new ApiError({ code: 'internal', message: `the HTML viewer's ${what} contains '${found}', which would break its element in the page; it cannot be inlined (rebuild it with npm run build)` });
}

/** The opening tag of the block that carries the .cjm, exactly as written (the reader accepts only this). */
const PROJECT_OPEN = `<script type="${VIEWER_PROJECT_TYPE}" id="${VIEWER_PROJECT_ID}">`;

/** The page's bytes: the viewer inline, its data and the .cjm in blocks no browser runs. */
export function htmlPage(data: ViewerData, project: Uint8Array, viewer: ViewerBundle, info: HtmlPageInfo): Buffer {
  // The style sheet is scanned for <script too: the reader finds the .cjm by the script elements, and must not see one inside it.
  checkInline(viewer.css, 'style sheet', ['</style', '<script']);
  // `<!--` in a script, followed by `<script`, makes the browser skip the next `</script>` (the "double escaped" state).
  checkInline(viewer.js, 'script', ['</script', '<!--']);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(viewer.js)}`,
    `style-src ${sha256(viewer.css)}`,
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const head =
    `<!doctype html><html lang="${escapeHtml(info.locale)}"><head><meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Journey Mapper ${escapeHtml(info.appVersion)}">\n` +
    `<title>${escapeHtml(info.title)}</title><style>${viewer.css}</style></head>\n` +
    `<body><div id="root"></div>\n` +
    `<script type="application/json" id="${VIEWER_DATA_ID}">`;
  // The parts are written one after the other into one buffer: a map with many photos makes a large page.
  return Buffer.concat([
    Buffer.from(head, 'utf8'),
    Buffer.from(jsonForScript(data), 'utf8'),
    Buffer.from(`</script>\n${PROJECT_OPEN}`, 'utf8'),
    Buffer.from(Buffer.from(project.buffer, project.byteOffset, project.byteLength).toString('base64'), 'latin1'),
    Buffer.from(`</script>\n<script>`, 'utf8'),
    Buffer.from(viewer.js, 'utf8'),
    Buffer.from('</script></body></html>\n', 'utf8'),
  ]);
}

/** How much of a file's start isHtml needs: a byte order mark and some blank lines before the doctype. */
export const HTML_HEAD_BYTES = 1024;
const DOCTYPE = '<!doctype html';

/** Whether a file starts like an HTML page: `<!doctype html` (any case) after an optional BOM and whitespace. */
export function isHtml(head: Uint8Array): boolean {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (at < head.length && (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d || head[at] === 0x0c)) at++;
  return Buffer.from(head.subarray(at, at + DOCTYPE.length)).toString('latin1').toLowerCase() === DOCTYPE;
}

/** A script element: where its opening tag starts and ends, and where its text ends (at `</script`, or the end of the file). */
interface ScriptElement {
  open: number;
  start: number;
  end: number;
}

/** Longer opening tags are not ours (and are not read whole: a hostile file may never close one). */
const MAX_TAG = 512;

/**
 * The script elements of a page, in order. A script's text cannot hold `</script` (that ends it), so
 * each is skipped whole: a `<script` inside one is text. Found with indexOf only, in one pass, and
 * nothing kept per element, so a hostile file costs its length in time and nothing in memory.
 */
function* scriptElements(page: Buffer): Generator<ScriptElement> {
  let from = 0;
  for (;;) {
    const open = page.indexOf('<script', from, 'latin1');
    if (open < 0) return;
    const close = page.indexOf('>', open, 'latin1');
    if (close < 0) return;
    const start = close + 1;
    const endTag = page.indexOf('</script', start, 'latin1');
    const end = endTag < 0 ? page.length : endTag;
    yield { open, start, end };
    from = end + 1;
  }
}

/** Whether an element's opening tag names our block's id (searched within the tag only, in place: no copy, no string). */
const namesOurBlock = (page: Buffer, element: ScriptElement): boolean => page.subarray(element.open, element.start).includes(VIEWER_PROJECT_ID, 0, 'latin1');

const BASE64 = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64[c.charCodeAt(0)] = 1;
const EQUALS = 0x3d;

/** Whether bytes are base64 as the page writes it: the alphabet only, whole quads, at most two = at the end. */
function isBase64(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.length % 4 !== 0) return false;
  let end = bytes.length;
  if (bytes[end - 1] === EQUALS) end--;
  if (bytes[end - 1] === EQUALS) end--;
  for (let i = 0; i < end; i++) if (!BASE64[bytes[i] as number]) return false;
  return true;
}

/**
 * The .cjm bytes an exported HTML file carries, or null when it carries none. Strict: exactly one
 * element with our id, with exactly our opening tag, holding well-formed base64 within the size of
 * a carried map; anything else throws (the file is damaged, or was not written by this app).
 */
export function extractMap(page: Buffer): Buffer | null {
  if (page.length > MAX_CARRIER_BYTES) throw new Error(`the file is larger than ${MAX_CARRIER_BYTES / 1024 / 1024} MB`);
  let block: ScriptElement | null = null;
  for (const element of scriptElements(page)) {
    if (!namesOurBlock(page, element)) continue;
    if (block) throw new Error('it has more than one map block');
    block = element;
  }
  if (!block) return null;
  const tag = block.start - block.open <= MAX_TAG ? page.toString('latin1', block.open, block.start) : '';
  if (tag !== PROJECT_OPEN) throw new Error(`its map block is not of type ${VIEWER_PROJECT_TYPE}`);
  if (block.end === page.length) throw new Error('its map block is not closed');
  const text = page.subarray(block.start, block.end);
  if (Math.floor(text.length / 4) * 3 > MAX_EMBEDDED_MAP_BYTES) throw new Error(`its map is larger than ${MAX_EMBEDDED_MAP_BYTES / 1024 / 1024} MB`);
  if (!isBase64(text)) throw new Error('its map block is not base64');
  return Buffer.from(text.toString('latin1'), 'base64');
}
