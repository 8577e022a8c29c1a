// Shortcuts as this computer's keyboard shows them (⌘ on a Mac, Ctrl elsewhere).
import { COMMANDS, type CommandId } from '../../shared/commands.ts';
import { formatShortcut, type Platform } from '../../shared/shortcuts.ts';

export const keyPlatform: Platform = /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** Every shortcut of a command, as people read them. */
export function shortcutsOf(id: CommandId): string[] {
  const spec = COMMANDS[id];
  return ('keys' in spec ? spec.keys : []).map((key: string) => formatShortcut(key, keyPlatform));
}

/** "Save (Ctrl+S)": a button's title, from the same description as the key test. */
export function titleWithShortcut(label: string, id: CommandId): string {
  const first = shortcutsOf(id)[0];
  return first ? `${label} (${first})` : label;
}
