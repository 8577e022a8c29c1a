// The first <table> of a text/html clipboard (what Excel, WPS and web sheets put beside the
// tab-separated text), read by a small tokenizer: tags are only recognised, never run or
// loaded; styles, scripts and comments are skipped. A merged cell (colspan/rowspan) keeps its
// text in its top-left position and leaves the positions it covers empty, as a spreadsheet
// does with a merged range's value.
import { TABLE_LIMITS, squareUp, withinLimits, type Grid, type TableRead } from './tableText.ts';

/** Excel's HTML is far wordier than its text (a style per cell): allowed a few times more. */
export const MAX_TABLE_HTML_CHARS = 8 * TABLE_LIMITS.chars;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const span = (attributes: string, name: string): number => {
  const found = new RegExp(`${name}\\s*=\\s*["']?(\\d{1,4})`, 'i').exec(attributes);
  return Math.min(Math.max(Number(found?.[1] ?? 1), 1), TABLE_LIMITS.rows);
};

// Source whitespace (the HTML's own line breaks and indents) is one space; <br> and the end of
// a paragraph are the cell's own line breaks; &nbsp; is a space.
const cellText = (parts: string[]): string =>
  decodeEntities(
    parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/^ +| +$/g, ''))
      .join('\n'),
  )
    .replaceAll('\u00a0', ' ')
    .replace(/^\n+|\n+$/g, '');

/** null: the HTML holds no table (a paste from a web page that is not a sheet). */
export function parseHtmlTable(html: string): TableRead | null {
  if (html.length > MAX_TABLE_HTML_CHARS) return { tooLarge: true };
  const rows: Grid = [];
  // positions of later rows already taken by a rowspan above: "row,column"
  const covered = new Set<string>();
  let inTable = false;
  let depth = 0;
  let row: string[] | null = null;
  let cell: { parts: string[]; colspan: number; rowspan: number } | null = null;
  let chars = 0;

  const endCell = () => {
    if (!row || !cell) return;
    const r = rows.length;
    while (covered.has(`${r},${row.length}`)) row.push('');
    const text = cellText(cell.parts);
    chars += text.length;
    const column = row.length;
    row.push(text);
    for (let c = 1; c < cell.colspan; c++) row.push('');
    for (let down = 1; down < cell.rowspan; down++) for (let c = 0; c < cell.colspan; c++) covered.add(`${r + down},${column + c}`);
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (!row) return;
    const r = rows.length;
    while (covered.has(`${r},${row.length}`)) row.push('');
    rows.push(row);
    row = null;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const text = html.slice(i, lt < 0 ? html.length : lt);
    if (cell && text) cell.parts.push(text.replace(/[ \t\r\n\f]+/g, ' '));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = /^<\s*(\/?)\s*([a-z][a-z0-9:]*)([^]*)$/i.exec(html.slice(lt, gt));
    i = gt + 1;
    if (!tag) {
      if (cell) cell.parts.push(html.slice(lt, gt + 1));
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const attributes = tag[3] ?? '';
    if (!closing && (name === 'style' || name === 'script' || name === 'title' || name === 'xml')) {
      // their content is not text; skip to the matching end tag
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = i;
      i = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        depth++;
        inTable = true;
      } else if (--depth <= 0 && inTable) {
        endRow();
        break;
      }
      continue;
    }
    // a table inside a cell: its text joins the cell's
    if (!inTable || depth > 1) {
      if (cell && name === 'br') cell.parts.push('\n');
      continue;
    }
    if (name === 'tr') {
      endRow();
      if (!closing) row = [];
    } else if (name === 'td' || name === 'th') {
      endCell();
      if (!closing) {
        row ??= [];
        cell = { parts: [], colspan: span(attributes, 'colspan'), rowspan: span(attributes, 'rowspan') };
      }
    } else if (cell && (name === 'br' || (closing && (name === 'p' || name === 'div' || name === 'li')))) {
      cell.parts.push('\n');
    }
    if (chars > TABLE_LIMITS.chars || rows.length > TABLE_LIMITS.rows || (row?.length ?? 0) > TABLE_LIMITS.columns) return { tooLarge: true };
  }
  endRow();
  if (!inTable) return null;
  const grid = squareUp(rows);
  return withinLimits(grid) && chars <= TABLE_LIMITS.chars ? { grid } : { tooLarge: true };
}
