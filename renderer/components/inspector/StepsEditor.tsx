// The steps of a service action (动作化): an ordered, numbered list. Each change — a step
// written, added, moved (drag its handle, or Alt+↑/↓) or deleted — writes the whole list back
// with one setCardFields, so it is one undo step. A new step is only a draft until it has text
// (like a new card left empty, it leaves no trace). The focus follows the step that moved, and
// after an undo or redo it goes to the step that changed. The list stops at the schema's number of
// steps: no new step beyond it (the editor says why).
import { useEffect, useId, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dropIndex, firstDifference, insertItem, moveItem, removeItem, replaceItem } from '../../../shared/listEdit.ts';
import { editor } from '../../state/editor.ts';
import { usePointerDrag } from '../../hooks/usePointerDrag.ts';
import { LIMITS, clip } from './limits.ts';
import { StepRow, type StepPart } from './StepRow.tsx';

const NONE: readonly string[] = [];
/** the gap between rows (styles: .steps__list) */
const ROW_GAP = 4;

type Focus = { step: number | 'new'; part: StepPart } | { step: 'add' };

function focusOn(box: HTMLElement, focus: Focus): void {
  const selector = focus.step === 'add' ? '[data-part="add"]' : `[data-step="${focus.step}"][data-part="${focus.part}"]`;
  const element = box.querySelector<HTMLElement>(selector);
  if (!element) return;
  element.focus();
  if (element instanceof HTMLTextAreaElement) element.setSelectionRange(element.value.length, element.value.length);
}

interface Drag {
  from: number;
  dy: number;
  middles: number[];
  height: number;
}

export function StepsEditor({ cardId, steps = NONE, write }: { cardId: string; steps?: readonly string[]; write: (steps: string[]) => void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<{ at: number; serial: number } | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<Focus | null>(null);
  const own = useRef(false);
  const shown = useRef(steps);
  const lastPart = useRef<StepPart>('text');
  const serial = useRef(0);
  const fullNote = useId();

  // The list as the document holds it now (handlers may run after a change they did not see).
  const current = () => editor.doc.cards[cardId]?.steps ?? NONE;
  const save = (next: string[], focus: Focus | null) => {
    own.current = true;
    pending.current = focus;
    write(next);
  };
  const full = () => current().length >= LIMITS.steps;
  const openDraft = (at: number) => {
    if (full()) return;
    pending.current = { step: 'new', part: 'text' };
    setDraft({ at, serial: ++serial.current });
  };

  // A press elsewhere (the map, the toolbar) takes the user out of the list: an undo from there
  // leaves the focus where it is. Esc in a step, or a row re-rendered away, does not.
  useEffect(() => {
    const away = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) box.current.dataset.focused = 'false';
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, []);

  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = steps;
    let focus = pending.current;
    pending.current = null;
    if (!focus && !own.current && before !== steps) {
      // Undo or redo changed the list: if the focus was in this editor, put it on what changed.
      const active = document.activeElement;
      const inside = active === document.body || active === null || Boolean(box.current?.contains(active));
      const at = firstDifference(before, steps);
      if (inside && box.current?.dataset.focused === 'true' && at >= 0) {
        focus = steps.length === 0 ? { step: 'add' } : { step: Math.min(at, steps.length - 1), part: lastPart.current };
      }
    }
    own.current = false;
    if (focus && box.current) focusOn(box.current, focus);
  });

  const commit = (i: number, text: string) => {
    const steps = current();
    const clean = clip(text, LIMITS.step).trim();
    if (i >= steps.length || clean === steps[i]) return;
    // A step whose text was cleared is gone (undo brings it back).
    save(clean ? replaceItem(steps, i, clean) : removeItem(steps, i), null);
  };

  const enter = (i: number, text: string) => {
    if (!text.trim()) return;
    commit(i, text);
    openDraft(i + 1);
  };

  const commitDraft = (text: string, chain: boolean) => {
    if (!draft) return;
    const clean = clip(text, LIMITS.step).trim();
    const at = Math.min(draft.at, current().length);
    // (Full already: the list cannot take it. The add button and Enter open no draft then.)
    if (!clean || full()) {
      setDraft(null);
      if (chain) pending.current = { step: 'add' };
      return;
    }
    if (chain && current().length + 1 < LIMITS.steps) {
      setDraft({ at: at + 1, serial: ++serial.current });
      save(insertItem(current(), at, clean), { step: 'new', part: 'text' });
    } else if (chain) {
      // The last step the list can take: the focus stays on it.
      setDraft(null);
      save(insertItem(current(), at, clean), { step: at, part: 'text' });
    } else {
      setDraft(null);
      save(insertItem(current(), at, clean), null);
    }
  };

  const remove = (i: number, focus: Focus | null) => {
    const steps = current();
    if (i >= steps.length) return;
    setAnnouncement(t('serviceAction.stepDeleted', { n: i + 1 }));
    save(removeItem(steps, i), focus);
  };

  const move = (from: number, to: number, part: StepPart) => {
    const steps = current();
    if (to < 0 || to >= steps.length || to === from) return;
    setAnnouncement(t('serviceAction.stepMoved', { n: from + 1, to: to + 1, count: steps.length }));
    save(moveItem(steps, from, to), { step: to, part });
  };

  const moveByKey = (i: number, delta: -1 | 1, text: string, part: StepPart) => {
    // An emptied step would be deleted, and the move would take another one.
    const clean = clip(text, LIMITS.step).trim();
    const steps = current();
    const to = i + delta;
    if (!clean || i >= steps.length || to < 0 || to >= steps.length) return;
    // The text being typed and the move are one list written back: one undo step.
    setAnnouncement(t('serviceAction.stepMoved', { n: i + 1, to: to + 1, count: steps.length }));
    save(moveItem(replaceItem(steps, i, clean), i, to), { step: to, part });
  };

  // The drag is kept in a ref for the pointer handlers and in state for drawing the rows.
  const dragging = useRef<Drag | null>(null);
  const dragFrom = useRef(0);
  const setDragging = (d: Drag | null) => {
    dragging.current = d;
    setDrag(d);
  };
  const startDrag = usePointerDrag({
    onStart: () => {
      const rows = [...(list.current?.querySelectorAll<HTMLElement>(':scope > .step:not(.step--new)') ?? [])];
      const boxes = rows.map((row) => row.getBoundingClientRect());
      const from = dragFrom.current;
      setDragging({ from, dy: 0, middles: boxes.map((b) => b.top + b.height / 2), height: (boxes[from]?.height ?? 0) + ROW_GAP });
    },
    onMove: (_event, _dx, dy) => dragging.current && setDragging({ ...dragging.current, dy }),
    onEnd: () => {
      const d = dragging.current;
      setDragging(null);
      if (d) move(d.from, target(d), 'handle');
    },
    onCancel: () => setDragging(null),
  });
  const onHandleDown = (i: number) => (event: ReactPointerEvent<HTMLButtonElement>) => {
    dragFrom.current = i;
    startDrag(event);
  };
  const target = (d: Drag) => dropIndex(d.middles, d.from, (d.middles[d.from] ?? 0) + d.dy);
  const shiftOf = (i: number): number => {
    if (!drag) return 0;
    if (i === drag.from) return drag.dy;
    const to = target(drag);
    if (drag.from < to && i > drag.from && i <= to) return -drag.height;
    if (drag.from > to && i >= to && i < drag.from) return drag.height;
    return 0;
  };

  // While dragging, the numbers already say where each step will be.
  const dragOrder = drag ? moveItem(steps.map((_, i) => i), drag.from, target(drag)) : null;
  const numberOf = (i: number, at: number) => (dragOrder ? dragOrder.indexOf(i) + 1 : at + 1);

  const draftAt = draft ? Math.min(draft.at, steps.length) : -1;
  const rows: { key: string; index: number | null }[] = steps.map((_, i) => ({ key: `s${i}`, index: i }));
  if (draft) rows.splice(draftAt, 0, { key: `new${draft.serial}`, index: null });

  return (
    <div
      className="steps"
      ref={box}
      onFocus={(e) => {
        box.current!.dataset.focused = 'true';
        const part = (e.target as HTMLElement).dataset.part;
        if (part === 'text' || part === 'handle' || part === 'delete') lastPart.current = part;
      }}
      onBlur={(e) => {
        // Kept while the focus only moves inside, or is lost to a re-render (undo from the keyboard).
        if (e.relatedTarget && !box.current!.contains(e.relatedTarget as Node)) box.current!.dataset.focused = 'false';
      }}
    >
      {rows.length > 0 ? (
        <ol className={`steps__list${drag ? ' is-sorting' : ''}`} ref={list} aria-label={t('serviceAction.steps')}>
          {rows.map((row, at) =>
            row.index === null ? (
              <StepRow
                key={row.key}
                index={null}
                number={at + 1}
                value=""
                onCommit={(text) => commitDraft(text, false)}
                onEnter={(text) => commitDraft(text, true)}
                onBackspaceEmpty={() => {
                  setDraft(null);
                  pending.current = draftAt > 0 ? { step: draftAt - 1, part: 'text' } : { step: 'add' };
                }}
              />
            ) : (
              <StepRow
                key={row.key}
                index={row.index}
                number={numberOf(row.index, at)}
                value={steps[row.index]!}
                shift={shiftOf(row.index)}
                dragging={drag?.from === row.index}
                onCommit={(text) => commit(row.index!, text)}
                onEnter={(text) => enter(row.index!, text)}
                onBackspaceEmpty={() => remove(row.index!, row.index! > 0 ? { step: row.index! - 1, part: 'text' } : steps.length > 1 ? { step: 0, part: 'text' } : { step: 'add' })}
                onMove={(delta, text) => moveByKey(row.index!, delta, text, lastPart.current)}
                onDelete={(part) => remove(row.index!, steps.length > 1 ? { step: Math.min(row.index!, steps.length - 2), part } : { step: 'add' })}
                onHandleDown={onHandleDown(row.index)}
              />
            ),
          )}
        </ol>
      ) : (
        <p className="sa-hint">{t('serviceAction.stepsEmpty')}</p>
      )}
      <button
        type="button"
        className="sa-add"
        data-part="add"
        disabled={steps.length >= LIMITS.steps}
        aria-describedby={steps.length >= LIMITS.steps ? fullNote : undefined}
        onClick={() => openDraft(steps.length)}
      >
        + {t('serviceAction.addStep')}
      </button>
      {steps.length >= LIMITS.steps && (
        <p className="sa-hint" id={fullNote} data-testid="steps-full">
          {t('limits.steps', { max: LIMITS.steps })}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="steps-announcement">
        {announcement}
      </p>
    </div>
  );
}
