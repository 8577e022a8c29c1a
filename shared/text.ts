// Text wrapping without a DOM: the layout needs card heights before anything is rendered,
// and the export renderer must wrap text the same way the canvas does.

// Average advance widths in em for the UI font stack (system sans + Noto Sans CJK).
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (ch === ' ') return 0.3;
  if (/[mwMW@%]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[ilj.,:;'|!]/.test(ch)) return 0.32;
  if (/[0-9]/.test(ch)) return 0.6;
  return 0.58;
}

/** CJK ideographs, kana, hangul, full-width forms and emoji take a full em. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

// Wide characters may break anywhere; latin words break at spaces.
function tokens(paragraph: string): string[] {
  return paragraph.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\p{Extended_Pictographic}]+\s*|\s+/gu) ?? [];
}

/** Greedy line wrapping by estimated width; explicit newlines are kept. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    // A token wider than a whole line is broken by characters.
    const parts = tokens(paragraph).flatMap((t) => (textWidth(t.trimEnd(), fontSize) > maxWidth ? [...t] : [t]));
    for (const token of parts) {
      if (line === '' || width + textWidth(token.trimEnd(), fontSize) <= maxWidth) {
        line += token;
        width += textWidth(token, fontSize);
      } else {
        lines.push(line.trimEnd());
        line = token.trimStart();
        width = textWidth(line, fontSize);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
