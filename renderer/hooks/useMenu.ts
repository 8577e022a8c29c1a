// A small menu opened from a button. On opening, the checked item (or the first) takes the focus;
// ↑/↓/Home/End move, Enter or Space choose (the items are buttons), Esc closes and gives the
// focus back to the button, a click elsewhere or Tab just closes.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

const itemsOf = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

export function useMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const items = itemsOf(menu.current);
    (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus({ preventScroll: true });
    const away = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open]);

  /** Closes the menu; `refocus` puts the focus back on its button. */
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus({ preventScroll: true });
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    // Map keys (Enter edits the selected card, arrows move it, Esc clears it) stay out of the menu.
    event.stopPropagation();
    const items = itemsOf(menu.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => items[(index + items.length) % items.length]?.focus({ preventScroll: true });
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else {
      if (event.key === 'Tab') setOpen(false);
      return;
    }
    event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'ArrowDown') return;
    event.stopPropagation();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    }
  };

  return {
    open,
    close,
    buttonProps: { ref: button, 'aria-haspopup': 'menu' as const, 'aria-expanded': open, onClick: () => setOpen(!open), onKeyDown: onButtonKeyDown },
    menuProps: { ref: menu, role: 'menu', onKeyDown: onMenuKeyDown },
  };
}
