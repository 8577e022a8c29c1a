import { describe, expect, it } from 'vitest';
import { formatShortcut, matches, parseShortcut, strokeFor, toAccelerator, type KeyStroke } from '../../shared/shortcuts.ts';

const stroke = (over: Partial<KeyStroke>): KeyStroke => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe('shortcut specs', () => {
  it('match the exact modifiers of letters, by key or by key position', () => {
    const save = parseShortcut('Mod+S');
    expect(matches(save, stroke({ key: 's', code: 'KeyS', ctrlKey: true }))).toBe(true);
    expect(matches(save, stroke({ key: 's', code: 'KeyS', metaKey: true }))).toBe(true);
    expect(matches(save, stroke({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches(save, stroke({ key: 's', code: 'KeyS', ctrlKey: true, altKey: true }))).toBe(false);
    expect(matches(save, stroke({ key: 's', code: 'KeyS' }))).toBe(false);
    // a Russian layout types "ы" on the S key
    expect(matches(save, stroke({ key: 'ы', code: 'KeyS', ctrlKey: true }))).toBe(true);
  });

  it('follow what a Latin layout types, not where the key is', () => {
    // French AZERTY: Z is where QWERTY has W, and "?" is on the M key.
    expect(matches(parseShortcut('Mod+W'), stroke({ key: 'z', code: 'KeyW', ctrlKey: true }))).toBe(false);
    expect(matches(parseShortcut('Mod+Z'), stroke({ key: 'z', code: 'KeyW', ctrlKey: true }))).toBe(true);
    expect(matches(parseShortcut('Shift+M'), stroke({ key: '?', code: 'KeyM', shiftKey: true }))).toBe(false);
    expect(matches(parseShortcut('?'), stroke({ key: '?', code: 'KeyM', shiftKey: true }))).toBe(true);
    // Polish: AltGr+S (reported as Ctrl+Alt) types "ś", which is not Ctrl+Alt+S.
    expect(matches(parseShortcut('Mod+Alt+S'), stroke({ key: 'ś', code: 'KeyS', ctrlKey: true, altKey: true }))).toBe(false);
    // Dvorak: the E key of QWERTY types "."
    expect(matches(parseShortcut('Mod+E'), stroke({ key: '.', code: 'KeyE', ctrlKey: true }))).toBe(false);
  });

  it('match Shift+digit by the key position, since Shift+1 types "!"', () => {
    expect(matches(parseShortcut('Shift+1'), stroke({ key: '!', code: 'Digit1', shiftKey: true }))).toBe(true);
    expect(matches(parseShortcut('Shift+1'), stroke({ key: '1', code: 'Digit1' }))).toBe(false);
  });

  it('ignore Shift for symbols, whichever layout needs it', () => {
    expect(matches(parseShortcut('?'), stroke({ key: '?', code: 'Slash', shiftKey: true }))).toBe(true);
    expect(matches(parseShortcut('Plus'), stroke({ key: '+', code: 'Equal', shiftKey: true }))).toBe(true);
    expect(matches(parseShortcut('='), stroke({ key: '+', code: 'Equal', shiftKey: true }))).toBe(false);
    expect(() => parseShortcut('Shift+?')).toThrow(/layout/);
  });

  it('refuse unknown modifiers and keys', () => {
    expect(() => parseShortcut('Hyper+S')).toThrow(/modifier/);
    expect(() => parseShortcut('Mod+PageSideways')).toThrow(/key/);
    expect(() => parseShortcut('Mod++')).toThrow(/Plus/);
    expect(() => parseShortcut('Mod+s')).toThrow(/upper case/);
  });

  it('read as each platform writes them', () => {
    expect(formatShortcut('Mod+Shift+S', 'other')).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Mod+Shift+S', 'mac')).toBe('⇧⌘S');
    expect(formatShortcut('Mod+Alt+S', 'mac')).toBe('⌥⌘S');
    expect(formatShortcut('ArrowUp', 'other')).toBe('↑');
    expect(formatShortcut('Backspace', 'mac')).toBe('⌫');
    expect(formatShortcut('Escape', 'other')).toBe('Esc');
  });

  it('become Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('Delete')).toBe('Delete');
    expect(toAccelerator('F1')).toBe('F1');
    expect(toAccelerator('Shift+2')).toBe('Shift+2');
  });

  it('have a key stroke that matches them', () => {
    for (const spec of ['Mod+S', 'Shift+1', '?', 'Plus', 'Mod+Enter', 'Space', 'ArrowLeft'])
      for (const platform of ['mac', 'other'] as const) expect(matches(parseShortcut(spec), strokeFor(spec, platform))).toBe(true);
  });
});
