// Who makes a change of a pain point's loop status. Neither Electron nor the web shell tells the
// page who is at the keyboard (the OS account name is not a person's name, and a shared dealer
// laptop has one account for everybody), so the user says it once; it is kept in this computer's
// storage and can be changed from the inspector.
import { create } from 'zustand';

const AUTHOR_KEY = 'cjm.author';
/** The schema keeps 200 characters of a name (LoopChangeSchema.by). */
export const AUTHOR_MAX = 200;

function stored(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY)?.trim().slice(0, AUTHOR_MAX) ?? '';
  } catch {
    return '';
  }
}

export const useAuthor = create<{ name: string }>(() => ({ name: stored() }));

export function setAuthor(name: string): void {
  const clean = name.trim().slice(0, AUTHOR_MAX);
  useAuthor.setState({ name: clean });
  try {
    if (clean) localStorage.setItem(AUTHOR_KEY, clean);
    else localStorage.removeItem(AUTHOR_KEY);
  } catch {
    // storage disabled: the name lasts until the window closes
  }
}
