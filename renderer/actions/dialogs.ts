// Promise-returning dialogs shown by the App (Electron has no window.prompt).
import type { Text } from '../state/message.ts';
import { session, type Choice } from '../state/session.ts';

export function askText(title: Text, value: string): Promise<string | null> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'text', title, value, resolve } }));
}

export function confirm(title: Text, body: Text, confirmLabel: Text): Promise<boolean> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'confirm', title, body, confirm: confirmLabel, resolve } }));
}

export function choose(title: Text, body: Text, choices: Choice[]): Promise<string | null> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'choice', title, body, choices, resolve } }));
}
