import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, commandSpec, shortcutClashes } from '../../shared/commands.ts';
import { matches, parseShortcut, type KeyStroke } from '../../shared/shortcuts.ts';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };

const keysOf = (id: (typeof COMMAND_IDS)[number]): readonly string[] => {
  const spec = COMMANDS[id];
  return 'keys' in spec ? spec.keys : [];
};

describe('the command table', () => {
  it('gives every command a label in both languages', () => {
    for (const id of COMMAND_IDS) {
      const label = commandSpec(id).label;
      expect(en.menu[label], id).toBeTruthy();
      expect((zhCN.menu as Record<string, string>)[label], id).toBeTruthy();
    }
  });

  it('has only shortcuts that parse', () => {
    for (const id of COMMAND_IDS) for (const key of keysOf(id)) expect(() => parseShortcut(key), `${id}: ${key}`).not.toThrow();
  });

  it('never gives one key stroke to two commands that can meet', () => {
    expect(shortcutClashes()).toEqual([]);
  });

  it('finds a clash when there is one', () => {
    expect(
      shortcutClashes({
        save: { label: 'save', group: 'file', keys: ['Mod+S'], scope: 'always' },
        share: { label: 'export', group: 'file', keys: ['Mod+S'], scope: 'map' },
        fit: { label: 'zoomFit', group: 'view', keys: ['Mod+0', 'Shift+1'] },
        whole: { label: 'zoomFit', group: 'view', keys: ['Shift+1'] },
        // the card editor's Enter and the map's Enter never meet
        edit: { label: 'editCard', group: 'map', keys: ['Enter'], scope: 'map' },
        next: { label: 'typingNextCard', group: 'typing', keys: ['Enter'], scope: 'typing' },
      }),
    ).toEqual(['mac: save and share', 'mac: fit and whole', 'other: save and share', 'other: fit and whole']);
  });

  it('sends strokes of other keyboard layouts to the command they type', () => {
    const reached = (over: Partial<KeyStroke>) => {
      const stroke: KeyStroke = { key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over };
      return COMMAND_IDS.filter((id) => keysOf(id).some((key) => matches(parseShortcut(key), stroke)));
    };
    // AZERTY: Ctrl+Z (on the W key) undoes, "?" (on the M key) opens the sheet
    expect(reached({ key: 'z', code: 'KeyW', ctrlKey: true })).toEqual(['undo']);
    expect(reached({ key: '?', code: 'KeyM', shiftKey: true })).toEqual(['shortcuts']);
    // Polish AltGr+S types "ś": nothing runs
    expect(reached({ key: 'ś', code: 'KeyS', ctrlKey: true, altKey: true })).toEqual([]);
    // Russian: Ctrl+S types "ы" and saves
    expect(reached({ key: 'ы', code: 'KeyS', ctrlKey: true })).toEqual(['save']);
  });
});
