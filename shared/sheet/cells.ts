// The cards of one cell as its text: one card per line. When a card has lines of its own, every
// card starts with a bullet "• " and its further lines follow without one, so the cell reads
// back as the same cards.

const BULLET = '• ';

export function joinCards(texts: readonly string[]): string {
  const bulleted = texts.some((text) => text.includes('\n') || text.startsWith('•'));
  return bulleted ? texts.map((text) => `${BULLET}${text}`).join('\n') : texts.join('\n');
}

export function splitCards(cell: string): string[] {
  const lines = cell
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const first = lines.find((line) => line !== '');
  if (first === undefined) return [];
  if (!first.startsWith('•')) return lines.filter((line) => line !== '');
  const cards: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('•')) cards.push([line.slice(1).trimStart()]);
    else cards.at(-1)?.push(line);
  }
  return cards.map((card) => card.join('\n').trim()).filter(Boolean);
}
