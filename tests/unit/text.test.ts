import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../shared/text.ts';

describe('wrapText', () => {
  it('keeps short text on one line and explicit newlines as lines', () => {
    expect(wrapText('Short', 200, 13)).toEqual(['Short']);
    expect(wrapText('a\n\nb', 200, 13)).toEqual(['a', '', 'b']);
    expect(wrapText('', 200, 13)).toEqual(['']);
  });

  it('breaks latin text at spaces and never exceeds the width', () => {
    const lines = wrapText('The consultant waits at the door five minutes before the booked time', 150, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line).toBe(line.trim());
      expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    }
    expect(lines.join(' ')).toBe('The consultant waits at the door five minutes before the booked time');
  });

  it('breaks Chinese text between any two characters', () => {
    const text = '预约了到店却没人接待，资料又要重新填一遍';
    const lines = wrapText(text, 13 * 8, 13);
    expect(lines.join('')).toBe(text);
    expect(lines.every((l) => [...l].length <= 8)).toBe(true);
  });

  it('breaks a word longer than the line by characters', () => {
    const lines = wrapText('x'.repeat(100), 60, 13);
    expect(lines.join('')).toBe('x'.repeat(100));
    expect(lines.every((l) => textWidth(l, 13) <= 60)).toBe(true);
  });
});
