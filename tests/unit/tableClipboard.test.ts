// Spreadsheet ranges on the clipboard, read and written. The samples are what Excel (Windows,
// 365) and WPS put on the clipboard for a copied range, as a browser's paste event hands them
// over (text/plain and text/html; the CF_HTML "Version:…StartHTML" header is already stripped).
import { describe, expect, it } from 'vitest';
import { MAX_TABLE_HTML_CHARS, parseHtmlTable } from '../../shared/tableHtml.ts';
import { readTable } from '../../shared/tablePaste.ts';
import { TABLE_LIMITS, parseTsv, tableHtml, tsvText } from '../../shared/tableText.ts';

const grid = (read: ReturnType<typeof parseTsv> | null) => {
  if (!read || 'tooLarge' in read) throw new Error('not a grid');
  return read.grid;
};

// A 2×3 range from Excel: a cell with a line break (Alt+Enter), one with quotes, one with a tab
// typed into it (by a formula), an empty cell; rows end in CRLF, with one after the last row.
const EXCEL_TSV = 'Price\t"two\nlines"\t"He said ""hi"""\r\n"a\tb"\t\tlast\r\n';
const EXCEL_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
td
	{padding-top:1px;
	mso-number-format:General;
	white-space:nowrap;}
.xl65
	{white-space:normal;}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=216 style='border-collapse:
 collapse;width:162pt'>
<!--StartFragment-->
 <col width=72 span=3 style='width:54pt'>
 <tr height=38 style='height:28.5pt'>
  <td height=38 width=72 style='height:28.5pt;width:54pt'>Price</td>
  <td class=xl65 width=72 style='width:54pt'>two<br>
    lines</td>
  <td width=72 style='width:54pt'>He said &quot;hi&quot;</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td height=19 style='height:14.25pt'>a	b</td>
  <td></td>
  <td>last</td>
 </tr>
<!--EndFragment-->
</table>
</body>
</html>`;

// WPS writes x:str on text cells and <br style='mso-data-placement:same-cell'> for line breaks,
// and &nbsp; for leading spaces.
const WPS_HTML = `<meta http-equiv="content-type" content="text/html; charset=utf-8"><style type="text/css">
td{font-family:宋体;font-size:11pt;}
.et2{color:#000000;mso-number-format:'\\@';}
</style><table width="144" border="0" cellpadding="0" cellspacing="0" style='width:108pt;border-collapse:collapse;table-layout:fixed;'>
<col width="72" span="2" style='width:54.00pt;'/>
<tr height="36" style='height:27.00pt;'>
<td class="et2" height="36" width="72" style='height:27.00pt;width:54.00pt;' x:str>到店<br style='mso-data-placement:same-cell;'/>没人接待</td>
<td class="et2" width="72" style='width:54.00pt;' x:str>&nbsp;&nbsp;预约</td>
</tr>
</table>`;
const WPS_TSV = '"到店\n没人接待"\t  预约\n';

describe('parseTsv', () => {
  it('reads Excel\'s quoted cells, embedded tabs and line breaks, CRLF and the trailing newline', () => {
    expect(grid(parseTsv(EXCEL_TSV))).toEqual([
      ['Price', 'two\nlines', 'He said "hi"'],
      ['a\tb', '', 'last'],
    ]);
  });
  it('reads WPS\'s LF rows', () => {
    expect(grid(parseTsv(WPS_TSV))).toEqual([['到店\n没人接待', '  预约']]);
  });
  it('pads ragged rows and keeps a trailing empty cell', () => {
    expect(grid(parseTsv('a\tb\tc\nd\ne\t\n'))).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
      ['e', '', ''],
    ]);
    expect(grid(parseTsv('x\t'))).toEqual([['x', '']]);
  });
  it('takes quotes that do not wrap a whole cell as they are (prose, a stray or unclosed quote)', () => {
    expect(grid(parseTsv('5" screen\tok'))).toEqual([['5" screen', 'ok']]);
    expect(grid(parseTsv('"open\tcell'))).toEqual([['"open', 'cell']]);
    expect(grid(parseTsv('"Hello" she said\nnext'))).toEqual([['"Hello" she said'], ['next']]);
    expect(grid(parseTsv('"a ""b"" c"\t"d"'))).toEqual([['a "b" c', 'd']]);
  });
  it('plain lines are a column', () => {
    expect(grid(parseTsv('one\r\ntwo\r\n\r\nthree'))).toEqual([['one'], ['two'], [''], ['three']]);
  });
  it('refuses past the limits', () => {
    expect(parseTsv('x'.repeat(TABLE_LIMITS.chars + 1))).toEqual({ tooLarge: true });
    expect(parseTsv('a\n'.repeat(TABLE_LIMITS.rows + 1))).toEqual({ tooLarge: true });
    expect(parseTsv('a\t'.repeat(TABLE_LIMITS.columns + 1))).toEqual({ tooLarge: true });
    expect(parseTsv(`${'x'.repeat(TABLE_LIMITS.cellChars + 1)}\ty`)).toEqual({ tooLarge: true });
    expect(parseTsv(`${'a\t'.repeat(99)}a\n`.repeat(51))).toEqual({ tooLarge: true });
  });
});

describe('parseHtmlTable', () => {
  it('reads Excel\'s table: <br> is a line break, source whitespace and styles are not text', () => {
    expect(grid(parseHtmlTable(EXCEL_HTML))).toEqual([
      ['Price', 'two\nlines', 'He said "hi"'],
      ['a b', '', 'last'],
    ]);
  });
  it('reads WPS\'s table: mso <br/>, x:str, &nbsp; kept as spaces (as in its text), Chinese', () => {
    expect(grid(parseHtmlTable(WPS_HTML))).toEqual([['到店\n没人接待', '  预约']]);
    expect(readTable(WPS_TSV, WPS_HTML)).toEqual(parseTsv(WPS_TSV));
  });
  it('a merged cell keeps its text top-left and leaves what it covers empty', () => {
    const html = '<table><tr><td colspan=2>wide</td><td rowspan="2">tall</td></tr><tr><td>a</td><td>b</td></tr></table>';
    expect(grid(parseHtmlTable(html))).toEqual([
      ['wide', '', 'tall'],
      ['a', 'b', ''],
    ]);
  });
  it('ignores scripts, comments and a table inside a cell joins its text; no table: null', () => {
    const html = '<table><tr><td>a<script>alert(1)</script><!-- <td>x</td> --></td><td><table><tr><td>in</td></tr></table></td></tr></table><table><tr><td>second</td></tr></table>';
    expect(grid(parseHtmlTable(html))).toEqual([['a', 'in']]);
    expect(parseHtmlTable('<p>just <b>text</b></p>')).toBeNull();
  });
  it('decodes entities, but not ones that make no character', () => {
    expect(grid(parseHtmlTable('<table><tr><td>&lt;b&gt; &amp; &#x4E2D;&#25991; &#0; &bogus;</td></tr></table>'))).toEqual([['<b> & 中文 &#0; &bogus;']]);
  });
  it('refuses past the limits, and stops early on a huge span', () => {
    expect(parseHtmlTable(`<table>${'<tr><td>a</td></tr>'.repeat(TABLE_LIMITS.rows + 1)}</table>`)).toEqual({ tooLarge: true });
    expect(parseHtmlTable('<table><tr><td colspan=9999>a</td></tr></table>')).toEqual({ tooLarge: true });
  });
});

describe('hostile clipboards', () => {
  // Each is read in one pass: the largest allowed input of its kind well inside a second.
  const within = (read: () => unknown) => {
    const start = performance.now();
    read();
    expect(performance.now() - start).toBeLessThan(1000);
  };
  it('HTML of nothing but tags, unclosed styles, comments or stray <', () => {
    within(() => parseHtmlTable(`<table>${'<b x=1>'.repeat(MAX_TABLE_HTML_CHARS / 8)}`));
    within(() => parseHtmlTable(`<table><tr><td>${'<style>'.repeat(MAX_TABLE_HTML_CHARS / 8)}`));
    within(() => parseHtmlTable(`<table>${'<!--'.repeat(MAX_TABLE_HTML_CHARS / 5)}`));
    within(() => parseHtmlTable(`<table><tr><td>${'< '.repeat(MAX_TABLE_HTML_CHARS / 2 - 20)}`));
    expect(parseHtmlTable('x'.repeat(MAX_TABLE_HTML_CHARS + 1))).toEqual({ tooLarge: true });
  });
  it('text of nothing but quotes', () => {
    within(() => expect(parseTsv('"'.repeat(TABLE_LIMITS.chars))).toEqual({ tooLarge: true }));
    within(() => expect(parseTsv('"a\t'.repeat(TABLE_LIMITS.chars / 3 - 1))).toEqual({ tooLarge: true }));
  });
});

describe('readTable', () => {
  it('prefers the HTML table when it has the text\'s shape', () => {
    expect(grid(readTable(EXCEL_TSV, EXCEL_HTML))).toEqual([
      ['Price', 'two\nlines', 'He said "hi"'],
      ['a b', '', 'last'],
    ]);
  });
  it('falls back to the text when the HTML is another shape or no table', () => {
    expect(grid(readTable('a\tb\n', '<table><tr><td>a</td></tr></table>'))).toEqual([['a', 'b']]);
    expect(grid(readTable('a\tb\n', '<b>a b</b>'))).toEqual([['a', 'b']]);
    expect(grid(readTable('', '<table><tr><td>a</td><td>b</td></tr></table>'))).toEqual([['a', 'b']]);
  });
});

describe('writing a range', () => {
  const cells = [
    ['plain', 'two\nlines', 'say "hi"'],
    ['=SUM(A1)', '', 'tab\there'],
  ];
  it('TSV is quoted as Excel reads it and reads back the same (formulas kept as text)', () => {
    const text = tsvText(cells);
    expect(text).toBe('plain\t"two\nlines"\t"say ""hi"""\r\n\'=SUM(A1)\t\t"tab\there"\r\n');
    expect(grid(parseTsv(text))).toEqual([cells[0], ["'=SUM(A1)", '', 'tab\there']]);
  });
  it('HTML escapes text, keeps line breaks in their cell and reads back the same', () => {
    const html = tableHtml([['<b>', 'a\nb']]);
    expect(html).toContain("a<br style='mso-data-placement:same-cell'>b");
    expect(grid(parseHtmlTable(html))).toEqual([['<b>', 'a\nb']]);
  });
});
