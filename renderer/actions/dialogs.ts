// Promise-returning dialogs shown by the App (Electron has no window.prompt).
import { session, type Choice } from '../state/session.ts';

export function askText(title: string, value: string): Promise<string | null> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'text', title, value, resolve } }));
}

export function confirm(title: string, body: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'confirm', title, body, confirm: confirmLabel, resolve } }));
}

export function choose(title: string, body: string, choices: Choice[]): Promise<string | null> {
  return new Promise((resolve) => session.set({ dialog: { kind: 'choice', title, body, choices, resolve } }));
}
