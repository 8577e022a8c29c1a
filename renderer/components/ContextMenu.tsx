// The context menu: at the pointer, kept inside the window, keyboard too (↑/↓, Enter, Esc).
// Any click elsewhere, a scroll or leaving the window closes it.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isEnabled, runAction } from '../actions/registry.ts';
import { shortcutsOf } from '../actions/shortcutText.ts';
import { closeContextMenu, useContextMenu, type MenuItem } from '../state/contextMenu.ts';

type Item = Exclude<MenuItem, 'separator'>;
const usable = (item: MenuItem): item is Item => item !== 'separator' && !item.disabled && (!item.command || isEnabled(item.command));

function choose(item: Item): void {
  closeContextMenu();
  if (item.run) void item.run();
  else if (item.command) runAction(item.command);
}

export function ContextMenu() {
  const { t } = useTranslation();
  const menu = useContextMenu((s) => s.menu);
  const ref = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  // Inside the window: flipped left or up when there is no room at the pointer.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!menu || !el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = menu.x + width > window.innerWidth - 4 ? Math.max(4, menu.x - width) : menu.x;
    const top = menu.y + height > window.innerHeight - 4 ? Math.max(4, window.innerHeight - 4 - height) : menu.y;
    setPlace({ left, top });
  }, [menu]);

  // Once placed (a hidden element cannot take the focus): the first usable item, for the keyboard.
  useEffect(() => {
    // With every item greyed, the menu itself, so that Esc still closes it.
    if (place) (ref.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? ref.current)?.focus();
  }, [place]);

  useEffect(() => {
    if (!menu) return;
    const away = (event: Event) => {
      if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) closeContextMenu();
    };
    const close = () => closeContextMenu();
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('wheel', close, true);
    window.addEventListener('resize', close);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('wheel', close, true);
      window.removeEventListener('resize', close);
      window.removeEventListener('blur', close);
      setPlace(null);
    };
  }, [menu]);

  if (!menu) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys in the menu are the menu's, not the map's.
    event.stopPropagation();
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === 'Home') entries[0]?.focus();
    else if (event.key === 'End') entries.at(-1)?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') closeContextMenu();
    else return;
    event.preventDefault();
  };
  return (
    <ul
      ref={ref}
      className="context-menu"
      role="menu"
      tabIndex={-1}
      aria-label={t(menu.title)}
      data-testid="context-menu"
      style={{ left: place?.left ?? menu.x, top: place?.top ?? menu.y, visibility: place ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {menu.items.map((item, i) => {
        if (item === 'separator') return <li key={`sep-${i}`} role="separator" className="context-menu__separator" />;
        const enabled = usable(item);
        const keys = item.command ?? item.keysOf;
        const shortcut = keys ? shortcutsOf(keys)[0] : undefined;
        const role = item.checked === undefined ? 'menuitem' : 'menuitemradio';
        return (
          <li
            key={`${item.label}-${i}`}
            role={role}
            tabIndex={-1}
            aria-disabled={!enabled}
            aria-checked={item.checked}
            className={`context-menu__item${item.danger ? ' context-menu__item--danger' : ''}`}
            onClick={() => enabled && choose(item)}
            onKeyDown={(e) => {
              if ((e.key === 'Enter' || e.key === ' ') && enabled) {
                e.preventDefault();
                e.stopPropagation();
                choose(item);
              }
            }}
          >
            <span className="context-menu__check" aria-hidden="true">
              {item.checked ? '✓' : ''}
            </span>
            <span className="context-menu__label">{t(item.label, item.labelValues ?? {})}</span>
            {shortcut && <kbd>{shortcut}</kbd>}
          </li>
        );
      })}
    </ul>
  );
}
