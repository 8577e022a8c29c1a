// The opportunity matrix over the map: value (→) against feasibility (↑), four named quadrants.
// Drag a dot to set its scores (one undo step); click it to select its card on the map.
import { memo, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MATRIX_MIDDLE, quadrantOf, scoresAt, type Quadrant } from '../../shared/matrix.ts';
import { mapOpportunities, weightsOf, type OpportunityScore } from '../../shared/opportunities.ts';
import { proposalsFor } from '../../shared/proposals.ts';
import { showCard } from '../actions/cardActions.ts';
import { editor, useEditorSnapshot } from '../state/editor.ts';
import { closeMatrix } from '../state/matrix.ts';

const SIZE = 420;
const PAD = 44;
const span = SIZE - 2 * PAD;
const toX = (value: number) => PAD + ((value - 1) / 4) * span;
const toY = (feasibility: number) => SIZE - PAD - ((feasibility - 1) / 4) * span;
const fromX = (x: number) => 1 + ((x - PAD) / span) * 4;
const fromY = (y: number) => 1 + ((SIZE - PAD - y) / span) * 4;
const QUADRANTS: { quadrant: Quadrant; x: number; y: number; anchor: 'start' | 'end' }[] = [
  { quadrant: 'quickWins', x: SIZE - PAD - 6, y: PAD + 16, anchor: 'end' },
  { quadrant: 'bigBets', x: SIZE - PAD - 6, y: SIZE - PAD - 8, anchor: 'end' },
  { quadrant: 'fillIns', x: PAD + 6, y: PAD + 16, anchor: 'start' },
  { quadrant: 'deprioritise', x: PAD + 6, y: SIZE - PAD - 8, anchor: 'start' },
];

const svgPoint = (event: PointerEvent<SVGElement>) => {
  const box = (event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement)).getBoundingClientRect();
  return { x: Math.min(SIZE - PAD, Math.max(PAD, event.clientX - box.left)), y: Math.min(SIZE - PAD, Math.max(PAD, event.clientY - box.top)) };
};

/** Sets an opportunity's scores from where its dot was dropped (one undo step). */
function drop(id: string, x: number, y: number) {
  const card = editor.doc.cards[id];
  if (!card) return;
  x = Math.min(SIZE - PAD, Math.max(PAD, x));
  y = Math.min(SIZE - PAD, Math.max(PAD, y));
  editor.apply({ type: 'setCardFields', id, fields: { scores: scoresAt(card.scores, fromX(x), fromY(y), weightsOf(editor.doc), proposalsFor(editor.doc, id)) } }, 'matrixDrag');
}

/**
 * One dot. It keeps its own drag, so a pointer move redraws this dot only, not the other 199;
 * the others are memoised on their score (the same object until the document changes).
 */
const MatrixDot = memo(function MatrixDot({ o, text }: { o: OpportunityScore; text: string }) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<{ x: number; y: number; moved: boolean } | null>(null);
  const homeX = toX(o.value!);
  const homeY = toY(o.feasibility!);
  const x = drag ? drag.x : homeX;
  const y = drag ? drag.y : homeY;
  return (
    <g
      className={`opportunity-dot${drag ? ' is-dragging' : ''}`}
      data-testid="matrix-dot"
      data-opportunity={o.cardId}
      data-quadrant={quadrantOf(o.value!, o.feasibility!)}
      transform={`translate(${x} ${y})`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ x, y, moved: false });
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const p = svgPoint(e);
        setDrag({ ...p, moved: drag.moved || Math.hypot(p.x - homeX, p.y - homeY) > 3 });
      }}
      onPointerUp={() => {
        if (!drag) return;
        setDrag(null);
        if (drag.moved) drop(o.cardId, drag.x, drag.y);
        else showCard(o.cardId);
      }}
      onPointerCancel={() => setDrag(null)}
      // The keyboard too: arrows move it one step (value sideways, feasibility up and down), Enter shows its card.
      tabIndex={0}
      role="button"
      aria-label={t('matrix.dot', { rank: o.rank, text, value: o.value!.toFixed(1), feasibility: o.feasibility })}
      onKeyDown={(e) => {
        const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
        if (e.key === 'Enter' || e.key === ' ') showCard(o.cardId);
        else if (step) drop(o.cardId, toX(o.value! + step[0]!), toY(o.feasibility! + step[1]!));
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <title>{`${text} · ◆ ${o.value!.toFixed(1)} × ${o.feasibility}`}</title>
      <circle r={11} />
      <text y={4} textAnchor="middle">
        {o.rank}
      </text>
    </g>
  );
});

export function OpportunityMatrix() {
  const { t } = useTranslation();
  const { doc } = useEditorSnapshot();
  const scored = mapOpportunities(doc);
  const placed = scored.filter((o) => o.value !== null && o.feasibility !== null);
  // Focused once, when it opens, so that Esc closes it.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="opportunity-matrix"
      role="dialog"
      aria-label={t('matrix.title')}
      data-testid="opportunity-matrix"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        closeMatrix();
      }}
    >
      <header className="opportunity-matrix__head">
        <h2>{t('matrix.title')}</h2>
        <button type="button" onClick={closeMatrix} aria-label={t('find.close')} title={t('find.close')}>
          ×
        </button>
      </header>
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} className="opportunity-matrix__plot">
        <rect x={PAD} y={PAD} width={span} height={span} className="opportunity-matrix__area" />
        <rect x={toX(MATRIX_MIDDLE)} y={PAD} width={SIZE - PAD - toX(MATRIX_MIDDLE)} height={toY(MATRIX_MIDDLE) - PAD} className="opportunity-matrix__best" />
        <line x1={toX(MATRIX_MIDDLE)} y1={PAD} x2={toX(MATRIX_MIDDLE)} y2={SIZE - PAD} className="opportunity-matrix__middle" />
        <line x1={PAD} y1={toY(MATRIX_MIDDLE)} x2={SIZE - PAD} y2={toY(MATRIX_MIDDLE)} className="opportunity-matrix__middle" />
        {QUADRANTS.map((q) => (
          <text key={q.quadrant} x={q.x} y={q.y} textAnchor={q.anchor} className="opportunity-matrix__quadrant" data-quadrant={q.quadrant}>
            {t(`matrix.quadrants.${q.quadrant}`)}
          </text>
        ))}
        {[1, 2, 3, 4, 5].map((n) => (
          <g key={n} className="opportunity-matrix__tick">
            <text x={toX(n)} y={SIZE - PAD + 16} textAnchor="middle">
              {n}
            </text>
            <text x={PAD - 10} y={toY(n) + 4} textAnchor="end">
              {n}
            </text>
          </g>
        ))}
        <text x={SIZE / 2} y={SIZE - 8} textAnchor="middle" className="opportunity-matrix__axis">
          {t('matrix.value')} →
        </text>
        <text x={14} y={SIZE / 2} textAnchor="middle" transform={`rotate(-90 14 ${SIZE / 2})`} className="opportunity-matrix__axis">
          {t('opportunity.criteria.feasibility.name')} →
        </text>
        {placed.map((o) => (
          <MatrixDot key={o.cardId} o={o} text={doc.cards[o.cardId]?.text ?? ''} />
        ))}
      </svg>
      {scored.length > placed.length && <p className="panel-empty">{t('matrix.unplaced', { count: scored.length - placed.length })}</p>}
    </section>
  );
}
