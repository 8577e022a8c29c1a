// Every command the app has, described once: its label (a key of the locale files' "menu"
// table), its group and its shortcuts. The renderer's action registry binds what each one does;
// the Electron menu, the toolbar titles and the shortcut sheet read their text and keys here.
import type en from './locales/en.json';
import { matches, parseShortcut, strokeFor } from './shortcuts.ts';

export type CommandGroup = 'file' | 'edit' | 'map' | 'typing' | 'view' | 'help';
export const COMMAND_GROUPS: readonly CommandGroup[] = ['file', 'edit', 'map', 'typing', 'view', 'help'];

/**
 * Where a command's keys work:
 * - `always`: also while typing in a text field (the field is committed first),
 * - `notTyping`: anywhere but in a text field,
 * - `map`: only with the focus on the map (not on a toolbar button or a panel field),
 * - `typing`: while typing a card (the card editor handles these itself).
 */
export type KeyScope = 'always' | 'notTyping' | 'map' | 'typing';

export interface CommandSpec {
  label: keyof typeof en.menu;
  group: CommandGroup;
  /** the first one is shown in menus and titles */
  keys?: readonly string[];
  scope?: KeyScope;
  /** run by the browser or the card editor, not by the registry: listed, never bound */
  native?: boolean;
  /** not listed on the shortcut sheet */
  hidden?: boolean;
}

export const COMMANDS = {
  new: { label: 'new', group: 'file', keys: ['Mod+N'], scope: 'always' },
  'new-from-template': { label: 'newFromTemplate', group: 'file' },
  open: { label: 'open', group: 'file', keys: ['Mod+O'], scope: 'always' },
  save: { label: 'save', group: 'file', keys: ['Mod+S'], scope: 'always' },
  'save-as': { label: 'saveAs', group: 'file', keys: ['Mod+Shift+S'], scope: 'always' },
  'save-version': { label: 'saveVersion', group: 'file', keys: ['Mod+Alt+S'], scope: 'always' },
  versions: { label: 'versions', group: 'file' },
  export: { label: 'export', group: 'file', keys: ['Mod+E'], scope: 'always' },
  'copy-mermaid': { label: 'copyMermaid', group: 'file' },
  'save-mermaid': { label: 'saveMermaid', group: 'file' },
  'save-json': { label: 'saveJson', group: 'file' },
  'save-xlsx': { label: 'saveXlsx', group: 'file' },
  'save-csv': { label: 'saveCsv', group: 'file' },
  close: { label: 'close', group: 'file', keys: ['Mod+W'], scope: 'always' },
  'save-and-quit': { label: 'quit', group: 'file', hidden: true },

  undo: { label: 'undo', group: 'edit', keys: ['Mod+Z'], scope: 'notTyping' },
  redo: { label: 'redo', group: 'edit', keys: ['Mod+Shift+Z', 'Mod+Y'], scope: 'notTyping' },
  cut: { label: 'cut', group: 'edit', keys: ['Mod+X'], scope: 'notTyping', native: true },
  copy: { label: 'copy', group: 'edit', keys: ['Mod+C'], scope: 'notTyping', native: true },
  paste: { label: 'paste', group: 'edit', keys: ['Mod+V'], scope: 'notTyping', native: true },
  'copy-map-table': { label: 'copyMapTable', group: 'edit' },
  duplicate: { label: 'duplicate', group: 'edit', keys: ['Mod+D'], scope: 'map' },
  delete: { label: 'delete', group: 'edit', keys: ['Delete', 'Backspace'], scope: 'map' },
  'select-all': { label: 'selectAll', group: 'edit', keys: ['Mod+A'], scope: 'map' },
  find: { label: 'find', group: 'edit', keys: ['Mod+F'], scope: 'always' },
  personas: { label: 'personas', group: 'edit' },
  views: { label: 'views', group: 'view' },
  present: { label: 'present', group: 'view', keys: ['F5'], scope: 'always' },

  'key:edit': { label: 'editCard', group: 'map', keys: ['Enter'], scope: 'map' },
  'key:next-scene': { label: 'nextScene', group: 'map', keys: ['Tab'], scope: 'map' },
  'key:up': { label: 'moveUp', group: 'map', keys: ['ArrowUp'], scope: 'map' },
  'key:down': { label: 'moveDown', group: 'map', keys: ['ArrowDown'], scope: 'map' },
  'key:left': { label: 'moveLeft', group: 'map', keys: ['ArrowLeft'], scope: 'map' },
  'key:right': { label: 'moveRight', group: 'map', keys: ['ArrowRight'], scope: 'map' },
  'key:clear': { label: 'clearSelection', group: 'map', keys: ['Escape'], scope: 'notTyping' },

  'typing:next-card': { label: 'typingNextCard', group: 'typing', keys: ['Enter'], scope: 'typing', native: true },
  'typing:next-scene': { label: 'typingNextScene', group: 'typing', keys: ['Tab'], scope: 'typing', native: true },
  'typing:previous-scene': { label: 'typingPreviousScene', group: 'typing', keys: ['Shift+Tab'], scope: 'typing', native: true },
  'typing:new-line': { label: 'typingNewLine', group: 'typing', keys: ['Shift+Enter'], scope: 'typing', native: true },
  'typing:finish': { label: 'typingFinish', group: 'typing', keys: ['Mod+Enter'], scope: 'typing', native: true },
  'typing:cancel': { label: 'typingCancel', group: 'typing', keys: ['Escape'], scope: 'typing', native: true },

  'zoom-in': { label: 'zoomIn', group: 'view', keys: ['Mod+=', '=', 'Plus', 'Mod+Plus'], scope: 'notTyping' },
  'zoom-out': { label: 'zoomOut', group: 'view', keys: ['Mod+-', '-', '_', 'Mod+_'], scope: 'notTyping' },
  'zoom-fit': { label: 'zoomFit', group: 'view', keys: ['Mod+0', 'Shift+1'], scope: 'notTyping' },
  'zoom-selection': { label: 'zoomSelection', group: 'view', keys: ['Shift+2'], scope: 'notTyping' },
  'toggle-minimap': { label: 'toggleMinimap', group: 'view', keys: ['Shift+M'], scope: 'notTyping' },
  'opportunity-matrix': { label: 'opportunityMatrix', group: 'view', keys: ['Shift+O'], scope: 'notTyping' },
  'pain-board': { label: 'painBoard', group: 'view', keys: ['Shift+B'], scope: 'notTyping' },
  'language:en': { label: 'english', group: 'view' },
  'language:zh-CN': { label: 'chinese', group: 'view' },

  shortcuts: { label: 'shortcuts', group: 'help', keys: ['F1', '?'], scope: 'notTyping' },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export const commandSpec = (id: CommandId): CommandSpec => COMMANDS[id];

/** Could one key stroke reach both commands? Typing keys never meet map keys. */
export function scopesMeet(a: KeyScope, b: KeyScope): boolean {
  if (a === 'always' || b === 'always') return true;
  if (a === 'typing' || b === 'typing') return a === b;
  return true;
}

/** Pairs of commands one key stroke would reach at once ("mac: save and share"); must be none. */
export function shortcutClashes(table: Record<string, CommandSpec> = COMMANDS): string[] {
  const entries = Object.entries(table).map(([id, spec]) => ({ id, scope: spec.scope ?? 'notTyping', shortcuts: (spec.keys ?? []).map(parseShortcut), keys: spec.keys ?? [] }));
  const clashes = new Set<string>();
  for (const platform of ['mac', 'other'] as const)
    for (const a of entries)
      for (const key of a.keys) {
        const stroke = strokeFor(key, platform);
        for (const b of entries)
          if (a !== b && scopesMeet(a.scope, b.scope) && b.shortcuts.some((s) => matches(s, stroke))) clashes.add(`${platform}: ${[a.id, b.id].sort().join(' and ')}`);
      }
  return [...clashes];
}
