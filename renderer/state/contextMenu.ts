// The one context menu that can be open, where it was asked for and what it offers.
import { create } from 'zustand';
import type { CommandId } from '../../shared/commands.ts';
import type { BoundId } from '../actions/registry.ts';

export type MenuItem =
  | {
      /** a locale key, translated when shown (so the menu follows a language switch) */
      label: string;
      labelValues?: Record<string, string>;
      /** a registered command: its shortcut is shown and it runs through the registry */
      command?: BoundId;
      run?: () => void | Promise<unknown>;
      /** whose keys to show, for an item run by hand (cut, copy and paste are the browser's) */
      keysOf?: CommandId;
      disabled?: boolean;
      /** a radio choice (a scene's channel, an emotion score) */
      checked?: boolean;
      danger?: boolean;
    }
  | 'separator';

export interface OpenMenu {
  x: number;
  y: number;
  /** a locale key naming what the menu is about (its accessible name) */
  title: string;
  items: MenuItem[];
}

export const useContextMenu = create<{ menu: OpenMenu | null }>(() => ({ menu: null }));

/** Opens a menu at the pointer (or at an element, for the keyboard's menu key). */
export function openContextMenu(event: { clientX: number; clientY: number; preventDefault(): void; stopPropagation?(): void }, title: string, items: MenuItem[]): void {
  event.preventDefault();
  event.stopPropagation?.();
  useContextMenu.setState({ menu: { x: event.clientX, y: event.clientY, title, items } });
}

export const closeContextMenu = () => useContextMenu.setState({ menu: null });
