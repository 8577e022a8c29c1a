// The one dispatcher for edits: applies operations with immer, records patches, undoes and
// redoes them, and knows whether the document differs from what was last saved.
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { JourneyDoc } from './model.ts';
import { applyOperations, type Operation } from './ops.ts';

enablePatches();

export interface HistoryEntry {
  /** Stable number of the document state this entry produces (used for the saved marker). */
  readonly state: number;
  readonly label: string;
  patches: Patch[];
  inverse: Patch[];
}

export interface EditorSnapshot {
  doc: JourneyDoc;
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

type Listener = () => void;

export class Editor {
  #doc: JourneyDoc;
  #past: HistoryEntry[] = [];
  #future: HistoryEntry[] = [];
  #state = 0;
  #nextState = 1;
  #savedState: number | null = 0;
  #group: { label: string; entry: HistoryEntry | null } | null = null;
  #listeners = new Set<Listener>();
  #snapshot: EditorSnapshot;

  constructor(doc: JourneyDoc, { saved = true }: { saved?: boolean } = {}) {
    this.#doc = doc;
    this.#savedState = saved ? 0 : null;
    this.#snapshot = this.#makeSnapshot();
  }

  get doc(): JourneyDoc {
    return this.#doc;
  }

  /** Immutable view for React (same object until something changes). */
  getSnapshot = (): EditorSnapshot => this.#snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * Applies operations as one history entry (or folds them into the open group).
   * All or nothing: if any operation throws, the document is left as it was.
   */
  apply(ops: Operation | Operation[], label?: string): void {
    const list = Array.isArray(ops) ? ops : [ops];
    if (list.length === 0) return;
    const [next, patches, inverse] = produceWithPatches(this.#doc, (draft) => {
      applyOperations(draft as JourneyDoc, list);
    });
    if (patches.length === 0) return;
    this.#doc = next;
    this.#future = [];
    const open = this.#group;
    if (open?.entry) {
      open.entry.patches.push(...patches);
      open.entry.inverse = [...inverse, ...open.entry.inverse];
      // The folded entry now produces a new state: the document is no longer what was saved.
      const state = this.#nextState++;
      const replaced: HistoryEntry = { ...open.entry, state };
      this.#past[this.#past.length - 1] = replaced;
      open.entry = replaced;
      this.#state = state;
    } else {
      const entry: HistoryEntry = {
        state: this.#nextState++,
        label: open?.label ?? label ?? (list[0] as Operation).type,
        patches,
        inverse,
      };
      this.#past.push(entry);
      this.#state = entry.state;
      if (open) open.entry = entry;
    }
    this.#emit();
  }

  /**
   * Applies operations outside history ("capture never"): for what belongs in the file but is no
   * edit of the map, like the choices of the last export. Undo never takes it back, and since
   * no state in history is what the file holds any more, the map is unsaved until the next save.
   */
  applyUncaptured(ops: Operation | Operation[]): void {
    const list = Array.isArray(ops) ? ops : [ops];
    const [next, patches] = produceWithPatches(this.#doc, (draft) => {
      applyOperations(draft as JourneyDoc, list);
    });
    if (patches.length === 0) return;
    this.#doc = next;
    // A new number, so a save that started before this change does not mark it saved.
    this.#state = this.#nextState++;
    this.#savedState = null;
    this.#emit();
  }

  /** Everything applied until endGroup() becomes one history entry (a drag, a paste). */
  beginGroup(label: string): void {
    this.#group = { label, entry: null };
  }

  endGroup(): void {
    this.#group = null;
  }

  undo(): boolean {
    const entry = this.#revertTop();
    if (!entry) return false;
    this.#future.push(entry);
    this.#emit();
    return true;
  }

  redo(): boolean {
    this.#group = null;
    const entry = this.#future.pop();
    if (!entry) return false;
    this.#doc = applyPatches(this.#doc, entry.patches);
    this.#past.push(entry);
    this.#state = entry.state;
    this.#emit();
    return true;
  }

  /** Takes back the last entry without keeping it for redo (an abandoned new empty card). */
  revertLast(): boolean {
    if (!this.#revertTop()) return false;
    this.#emit();
    return true;
  }

  #revertTop(): HistoryEntry | undefined {
    this.#group = null;
    const entry = this.#past.pop();
    if (!entry) return undefined;
    this.#doc = applyPatches(this.#doc, entry.inverse);
    this.#state = this.#past.at(-1)?.state ?? 0;
    return entry;
  }

  /** Replaces the document (open, new): not undoable, clears history. */
  load(doc: JourneyDoc, { saved = true }: { saved?: boolean } = {}): void {
    this.#doc = doc;
    this.#past = [];
    this.#future = [];
    this.#group = null;
    this.#state = 0;
    this.#nextState = 1;
    this.#savedState = saved ? 0 : null;
    this.#emit();
  }

  /** Every patch that undo or redo could apply: what they would bring back (images a save keeps). */
  *historyPatches(): Generator<Patch> {
    for (const entry of [...this.#past, ...this.#future]) {
      yield* entry.patches;
      yield* entry.inverse;
    }
  }

  /** Number of the current document state; pass it to markSaved once that state is on disk. */
  get state(): number {
    return this.#state;
  }

  /** Marks a state (by default the current one) as the one on disk. */
  markSaved(state: number = this.#state): void {
    this.#savedState = state;
    this.#emit();
  }

  #makeSnapshot(): EditorSnapshot {
    return {
      doc: this.#doc,
      canUndo: this.#past.length > 0,
      canRedo: this.#future.length > 0,
      dirty: this.#savedState !== this.#state,
      undoLabel: this.#past.at(-1)?.label,
      redoLabel: this.#future.at(-1)?.label,
    };
  }

  #emit(): void {
    this.#snapshot = this.#makeSnapshot();
    for (const listener of this.#listeners) listener();
  }
}
