// The pain-point board (痛点看板) over the map: one column per step of the closed loop, the map's
// pain points as tiles. Drag a tile to another column, or focus it and press ← →: one status
// change (one undo step) each. Click a tile (or press Enter) to close the board and find its card
// on the map. Filters: stage, owner, severity, overdue. Exports the list as CSV or a PDF.
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportOptionsSchema, type ExportFormat } from '../../shared/export/options.ts';
import { LOOP_STATUSES, severityDots, type LoopStatus } from '../../shared/laneKinds.ts';
import { sortOrdered } from '../../shared/order.ts';
import { boardColumns, boardItems, filterItems, neighbourStatus, ownersOf, OVERDUE_GLYPH, shortDue, type BoardItem } from '../../shared/painBoard.ts';
import { showCard } from '../actions/cardActions.ts';
import { errorMessage } from '../actions/documentActions.ts';
import { startExport } from '../actions/exportActions.ts';
import { setLoopStatus } from '../actions/loopActions.ts';
import { useEditorSnapshot } from '../state/editor.ts';
import { message } from '../state/message.ts';
import { closePainBoard, setBoardFilter, usePainBoard } from '../state/painBoard.ts';
import { session } from '../state/session.ts';
import { localToday } from '../today.ts';
import './painBoard.css';

interface Drag {
  cardId: string;
  from: LoopStatus;
  x: number;
  y: number;
  dx: number;
  dy: number;
  moved: boolean;
  over: LoopStatus | null;
  /** where the tile was when it was picked up, for the ghost that follows the pointer */
  box: { left: number; top: number; width: number };
}

/** The column under a point of the window, if any (the ghost at the pointer lets the pointer through). */
function columnAt(x: number, y: number): LoopStatus | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const column = el.closest<HTMLElement>('[data-board-column]');
    if (column) return column.dataset.boardColumn as LoopStatus;
  }
  return null;
}

function open(cardId: string) {
  closePainBoard();
  // After the board is gone, so that revealing the card sees the map uncovered.
  requestAnimationFrame(() => showCard(cardId));
}

/** The tile being dragged, drawn at the pointer over everything (the columns scroll and clip). */
function Ghost({ item, drag }: { item: BoardItem; drag: Drag }) {
  return (
    <div className="board-tile board-ghost" aria-hidden="true" style={{ left: drag.box.left + drag.dx, top: drag.box.top + drag.dy, width: drag.box.width }}>
      <div className="board-tile__text">{item.text}</div>
      <div className="board-tile__scene">{[item.stage, item.scene].filter(Boolean).join(' · ')}</div>
    </div>
  );
}

function Tile({ item, drag, onDrag, onMove }: { item: BoardItem; drag: Drag | null; onDrag: (drag: Drag | null) => void; onMove: (cardId: string, status: LoopStatus) => void }) {
  const { t } = useTranslation();
  const mine = drag?.cardId === item.cardId ? drag : null;
  const today = localToday();
  const pointerUp = (e: PointerEvent<HTMLElement>) => {
    if (!mine) return;
    onDrag(null);
    if (!mine.moved) open(item.cardId);
    else {
      const target = columnAt(e.clientX, e.clientY);
      if (target && target !== item.status) onMove(item.cardId, target);
    }
  };
  const status = t(`loop.short.${item.status}`);
  return (
    <li
      className={`board-tile${mine?.moved ? ' is-picked' : ''}${item.overdue ? ' is-overdue' : ''}`}
      data-testid="board-tile"
      data-tile={item.cardId}
      data-status={item.status}
      tabIndex={0}
      role="button"
      aria-label={t('loop.tileLabel', { text: item.text, status })}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const rect = e.currentTarget.getBoundingClientRect();
        onDrag({ cardId: item.cardId, from: item.status, x: e.clientX, y: e.clientY, dx: 0, dy: 0, moved: false, over: null, box: { left: rect.left, top: rect.top, width: rect.width } });
      }}
      onPointerMove={(e) => {
        if (!mine) return;
        const dx = e.clientX - mine.x;
        const dy = e.clientY - mine.y;
        const moved = mine.moved || Math.hypot(dx, dy) > 4;
        onDrag({ ...mine, dx, dy, moved, over: moved ? columnAt(e.clientX, e.clientY) : null });
      }}
      onPointerUp={pointerUp}
      onPointerCancel={() => onDrag(null)}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
        if (e.key === 'Enter' || e.key === ' ') open(item.cardId);
        else if (step) {
          const next = neighbourStatus(item.status, step);
          if (next) onMove(item.cardId, next);
        } else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <div className="board-tile__text">{item.text || t('card.empty')}</div>
      <div className="board-tile__scene">{[item.stage, item.scene].filter(Boolean).join(' · ')}</div>
      <div className="board-tile__meta">
        {item.severity && (
          <span className="board-tile__severity" title={t('card.severity', { level: item.severity })}>
            {severityDots(item.severity)}
          </span>
        )}
        <span className={item.owner ? 'board-tile__owner' : 'board-tile__owner is-none'}>{item.owner || t('loop.noOwner')}</span>
        {item.due && (
          <span className={`board-tile__due${item.overdue ? ' is-overdue' : ''}`} title={item.overdue ? t('loop.overdue') : undefined}>
            {item.overdue ? `${OVERDUE_GLYPH} ` : ''}
            {t('loop.dueOn', { date: shortDue(item.due, today) })}
          </span>
        )}
      </div>
    </li>
  );
}

export function PainBoard() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const filter = usePainBoard((s) => s.filter);
  const today = localToday();
  const all = useMemo(() => boardItems(doc, today), [doc, today]);
  const shown = useMemo(() => filterItems(all, filter), [all, filter]);
  const columns = boardColumns(shown);
  const owners = useMemo(() => ownersOf(all), [all]);
  const stages = useMemo(() => sortOrdered(Object.values(doc.stages)), [doc.stages]);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [exporting, setExporting] = useState(false);
  // The tile moved by the keyboard keeps the focus in its new column.
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (focus) panel.current?.querySelector<HTMLElement>(`[data-tile="${CSS.escape(focus.id)}"]`)?.focus();
  }, [focus]);

  const move = (cardId: string, status: LoopStatus) => {
    void setLoopStatus(cardId, status).then((moved) => moved && setFocus((f) => ({ id: cardId, n: (f?.n ?? 0) + 1 })));
  };

  const exportList = async (format: ExportFormat) => {
    setExporting(true);
    try {
      // What the board shows is what is exported.
      const { stageId, ...painFilter } = filter;
      const options = ExportOptionsSchema.parse({ content: 'actions', format, date: today, painFilter, ...(stageId && { stages: [stageId] }) });
      const done = await startExport(options, () => undefined).done;
      if (!done) return;
      const file = done.path.split(/[\\/]/).pop() ?? done.path;
      session.set({ notice: { kind: 'info', message: message('notice.exported', { file, what: format === 'csv' ? 'CSV' : message('exportContent.actions') }) } });
    } catch (e) {
      session.set({ notice: { kind: 'error', message: errorMessage(e) } });
    } finally {
      setExporting(false);
    }
  };

  const severityValue = filter.severity === undefined ? '' : String(filter.severity);
  const ownerValue = filter.owner === undefined ? '*' : filter.owner === '' ? '' : filter.owner;
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={`pain-board${drag?.moved ? ' is-moving-tile' : ''}`}
      role="dialog"
      aria-label={t('loop.board')}
      data-testid="pain-board"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        closePainBoard();
      }}
    >
      <header className="pain-board__head">
        <h2>{t('loop.board')}</h2>
        <span className="pain-board__count" data-testid="board-count">
          {t('loop.count', { shown: shown.length, all: all.length })}
        </span>
        <div className="pain-board__filters">
          <select aria-label={t('loop.stageFilter')} data-testid="board-stage" value={filter.stageId ?? ''} onChange={(e) => setBoardFilter({ stageId: e.target.value || undefined })}>
            <option value="">{t('loop.allStages')}</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <select aria-label={t('loop.ownerFilter')} data-testid="board-owner" value={ownerValue} onChange={(e) => setBoardFilter({ owner: e.target.value === '*' ? undefined : e.target.value })}>
            <option value="*">{t('loop.allOwners')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
            <option value="">{t('loop.nobody')}</option>
          </select>
          <select
            aria-label={t('loop.severityFilter')}
            data-testid="board-severity"
            value={severityValue}
            onChange={(e) => setBoardFilter({ severity: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : undefined })}
          >
            <option value="">{t('loop.allSeverities')}</option>
            {([3, 2, 1] as const).map((level) => (
              <option key={level} value={level}>
                {severityDots(level)} {t(`severity.${level}`)}
              </option>
            ))}
          </select>
          <label className="pain-board__check">
            <input type="checkbox" data-testid="board-overdue" checked={Boolean(filter.overdue)} onChange={(e) => setBoardFilter({ overdue: e.target.checked || undefined })} />
            {t('loop.overdueOnly')}
          </label>
        </div>
        <div className="pain-board__exports">
          <button type="button" onClick={() => void exportList('csv')} disabled={exporting} data-testid="board-export-csv" title={t('loop.exportCsvTitle')}>
            {t('loop.exportCsv')}
          </button>
          <button type="button" onClick={() => void exportList('pdf')} disabled={exporting} data-testid="board-export-pdf" title={t('loop.exportPdfTitle')}>
            {t('loop.exportPdf')}
          </button>
        </div>
        <button type="button" className="pain-board__close" onClick={closePainBoard} aria-label={t('find.close')} title={t('find.close')}>
          ×
        </button>
      </header>
      <p className="pain-board__hint">{all.length === 0 ? t('loop.noPainPoints') : t('loop.boardHint')}</p>
      <div className="pain-board__columns">
        {LOOP_STATUSES.map((status) => (
          <section
            key={status}
            className={`pain-board__column${drag?.moved && drag.over === status && drag.from !== status ? ' is-over' : ''}`}
            data-board-column={status}
            data-testid={`board-column-${status}`}
            aria-label={t(`loop.status.${status}`)}
          >
            <h3>
              <span>{t(`loop.status.${status}`)}</span>
              <span className="pain-board__column-count">{columns[status].length}</span>
            </h3>
            <ol>
              {columns[status].length === 0 && <li className="pain-board__empty">{t('loop.empty')}</li>}
              {columns[status].map((item) => (
                <Tile key={item.cardId} item={item} drag={drag} onDrag={setDrag} onMove={move} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {drag?.moved && all.some((i) => i.cardId === drag.cardId) && <Ghost item={all.find((i) => i.cardId === drag.cardId)!} drag={drag} />}
    </section>
  );
}
