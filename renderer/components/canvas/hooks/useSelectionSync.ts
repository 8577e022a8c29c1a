// Selection lives in the session store, not in React Flow: it is not history and survives
// re-layouts. This keeps the two in step, and keeps the session off cards that are gone: when
// undo takes away the selected cards (a duplicate, a paste), the cards that were selected before
// that step are selected again, so the right panel stays on them.
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import type { JourneyDoc } from '../../../../shared/model.ts';
import { editor } from '../../../state/editor.ts';
import { prunedPointers } from '../../../state/pruneSelection.ts';
import { session } from '../../../state/session.ts';

// Enough to step back through a long undo; older states simply get no selection back.
const REMEMBERED_STATES = 200;

function toggled(current: string[], changes: (NodeChange | EdgeChange)[]): string[] | null {
  const next = new Set(current);
  let changed = false;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    changed = true;
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return changed ? [...next] : null;
}

function useSelectionFollowsDocument(): void {
  useEffect(() => {
    let doc: JourneyDoc = editor.doc;
    let state = editor.state;
    // The selection at the moment each document state was left.
    const selectionAt = new Map<number, string[]>();
    return editor.subscribe(() => {
      if (editor.doc === doc) return;
      const current = session.get();
      selectionAt.delete(state);
      selectionAt.set(state, current.selection);
      if (selectionAt.size > REMEMBERED_STATES) selectionAt.delete(selectionAt.keys().next().value!);
      doc = editor.doc;
      state = editor.state;
      const pruned = prunedPointers(doc, current);
      if (!pruned) return;
      if (pruned.selection?.length === 0) pruned.selection = (selectionAt.get(state) ?? []).filter((id) => doc.cards[id]);
      session.set(pruned);
    });
  }, []);
}

export function useSelectionSync() {
  useSelectionFollowsDocument();

  const onSelectNodes = useCallback((changes: NodeChange[]) => {
    const selection = toggled(session.get().selection, changes);
    if (selection) session.set({ selection, editingCardId: null, selectedPointId: null });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selectedLinks = toggled(session.get().selectedLinks, changes);
    if (selectedLinks) session.set({ selectedLinks });
  }, []);

  return { onSelectNodes, onEdgesChange };
}
