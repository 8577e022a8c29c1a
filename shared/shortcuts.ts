// A shortcut is written once as a spec ("Mod+Shift+S", "Shift+1", "?", "ArrowUp"); the key test,
// the toolbar title, the help sheet and the Electron menu accelerator are all derived from it,
// so they cannot disagree.

export type Platform = 'mac' | 'other';

export interface Shortcut {
  /** Ctrl on Windows and Linux, Cmd on macOS */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** a letter (upper case), a digit, a symbol or a named key (Enter, Tab, ArrowUp, F1…) */
  key: string;
}

/** What a key test needs of a KeyboardEvent (shared/ has no DOM). */
export interface KeyStroke {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const NAMED = new Set(['Enter', 'Tab', 'Escape', 'Delete', 'Backspace', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Space', 'Plus', 'F1', 'F5']);
const isLetter = (key: string) => /^[A-Z]$/.test(key);
const isDigit = (key: string) => /^[0-9]$/.test(key);
// Symbols need Shift on some layouts and not on others ("+" and "?" on a US keyboard), so their
// Shift is not part of the spec.
const isSymbol = (key: string) => key === 'Plus' || (!NAMED.has(key) && !isLetter(key) && !isDigit(key));

export function parseShortcut(spec: string): Shortcut {
  if (spec.endsWith('+')) throw new Error(`"${spec}": write Plus for the + key`);
  if (/(^|\+)[a-z]$/.test(spec)) throw new Error(`"${spec}": write letters in upper case`);
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  const shortcut: Shortcut = { mod: false, shift: false, alt: false, key };
  for (const part of parts) {
    if (part === 'Mod') shortcut.mod = true;
    else if (part === 'Shift') shortcut.shift = true;
    else if (part === 'Alt') shortcut.alt = true;
    else throw new Error(`unknown modifier "${part}" in shortcut "${spec}"`);
  }
  if (!key || !(NAMED.has(key) || isLetter(key) || isDigit(key) || key.length === 1)) throw new Error(`unknown key in shortcut "${spec}"`);
  if (shortcut.shift && isSymbol(key)) throw new Error(`"${spec}": a symbol's Shift depends on the keyboard layout; write the symbol itself`);
  return shortcut;
}

const isOtherScriptLetter = (key: string) => /^\p{L}$/u.test(key) && !/^\p{Script=Latin}$/u.test(key);

function keyMatches(key: string, stroke: KeyStroke): boolean {
  // A letter by what it types (Ctrl+Z is Undo on a French keyboard too, where Z sits on the W
  // key); by its position only when the key types a letter of another script (Ctrl+S on a
  // Russian keyboard types "ы"). A Latin letter with a mark (AltGr+S types "ś") is not S.
  if (isLetter(key)) return stroke.key.toUpperCase() === key || (isOtherScriptLetter(stroke.key) && stroke.code === `Key${key}`);
  // Digits by position too: Shift+1 types "!" (or "1" on a French keyboard).
  if (isDigit(key)) return stroke.code === `Digit${key}` || stroke.key === key;
  if (key === 'Plus') return stroke.key === '+';
  if (key === 'Space') return stroke.key === ' ';
  return stroke.key === key;
}

export function matches(shortcut: Shortcut, stroke: KeyStroke): boolean {
  if (shortcut.mod !== (stroke.ctrlKey || stroke.metaKey)) return false;
  if (shortcut.alt !== stroke.altKey) return false;
  if (!isSymbol(shortcut.key) && shortcut.shift !== stroke.shiftKey) return false;
  return keyMatches(shortcut.key, stroke);
}

const MAC_GLYPHS: Record<string, string> = {
  Enter: '↩',
  Tab: '⇥',
  Escape: 'Esc',
  Delete: '⌦',
  Backspace: '⌫',
};
const GLYPHS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Plus: '+', Escape: 'Esc', Space: 'Space' };

/** As people read it: "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on macOS. */
export function formatShortcut(spec: string, platform: Platform): string {
  const s = parseShortcut(spec);
  if (platform === 'mac') {
    const key = MAC_GLYPHS[s.key] ?? GLYPHS[s.key] ?? s.key;
    return `${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  }
  const key = GLYPHS[s.key] ?? s.key;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc', '=': '=', '-': '-' };

/** Electron's accelerator syntax ("CmdOrCtrl+Shift+S"). */
export function toAccelerator(spec: string): string {
  const s = parseShortcut(spec);
  const key = ACCELERATOR_KEYS[s.key] ?? s.key;
  return [s.mod && 'CmdOrCtrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The key stroke a person makes for a spec (used to look for shortcuts two commands share). */
export function strokeFor(spec: string, platform: Platform): KeyStroke {
  const s = parseShortcut(spec);
  const key = s.key === 'Plus' ? '+' : s.key === 'Space' ? ' ' : isLetter(s.key) ? s.key.toLowerCase() : s.key;
  const code = isLetter(s.key) ? `Key${s.key}` : isDigit(s.key) ? `Digit${s.key}` : '';
  return { key, code, ctrlKey: s.mod && platform === 'other', metaKey: s.mod && platform === 'mac', shiftKey: s.shift, altKey: s.alt };
}
