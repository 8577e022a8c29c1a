// A map as a slide deck, planned as plain data: what each slide says, in the map's language,
// with no idea of inches or fonts. electron/services/slides/pptx.ts draws the plan; keeping the
// choices here (which stages, lanes and curves, where a stage is split, how long a card's text
// may be) makes them testable without unzipping a deck.
import { analyseCurve } from '../emotion/analysis.ts';
import { SCALES } from '../emotion/scale.ts';
import { visibleCurves } from '../emotion/laneGeometry.ts';
import { drawsCurve, holdsCards } from '../laneKinds.ts';
import type { JourneyDoc, LaneKind, Locale } from '../model.ts';
import { scoreOpportunities } from '../opportunities.ts';
import { sortOrdered } from '../order.ts';
import { personasInOrder, shorten } from '../personas.ts';
import { scenesInReadingOrder } from '../readingOrder.ts';
import { curvePoints } from '../summary.ts';
import { laneColours } from '../theme.ts';
import { exportedDocument } from './svg.ts';
import { SLIDES_WORDS } from './slidesWords.ts';
import { LABELS } from './theme.ts';

/** What to put in the deck; an absent list means all (lanes and curves: all not hidden). */
export interface SlideChoice {
  stages?: string[];
  lanes?: string[];
  curves?: string[];
}

/** More scenes than this and a stage goes over several slides: columns stay wide enough to read. */
export const MAX_SCENES_PER_SLIDE = 6;
/** A card's text is cut to about this many characters, at a word or CJK character, with "…". */
export const CARD_CHARS = 80;
/** A cell lists at most this many cards, then "+N more". */
export const MAX_CELL_CARDS = 5;
/** The opportunity summary lists at most this many, best first: one slide's table. */
export const MAX_OPPORTUNITY_ROWS = 12;
const TITLE_DESCRIPTION_CHARS = 400;
const OPPORTUNITY_CHARS = 120;

export interface TitleSlide {
  kind: 'title';
  title: string;
  description: string;
  /** the personas' names and the line that lists them, or null when the map has none */
  personas: { names: string[]; text: string } | null;
  counts: { stages: number; scenes: number; cards: number; text: string };
}

export interface SlideColumn {
  sceneId: string;
  title: string;
  channel: string;
}

export interface SlideRow {
  laneId: string;
  title: string;
  kind: LaneKind;
  /** the lane kind's accent and its cards' fill, #rrggbb (shared/theme.ts) */
  accent: string;
  fill: string;
  /** one per column: the texts of its cards in reading order, trimmed, maybe ending in "+N more" */
  cells: string[][];
}

export type MarkerKind = 'highlight' | 'darkest' | 'peak' | 'end';

export interface SlideCurvePoint {
  /** index into the slide's columns */
  column: number;
  /** several points in one scene (one per touchpoint) share its column, left to right */
  slot: number;
  slots: number;
  score: number;
  /** drawn joined to the point before it on this slide (a scene without a point breaks the line, unless the map interpolates) */
  joined: boolean;
  markers: { kind: MarkerKind; label: string }[];
}

export interface SlideCurve {
  id: string;
  name: string;
  /** #rrggbb */
  colour: string;
  points: SlideCurvePoint[];
}

export interface CurveBand {
  min: number;
  max: number;
  /** the emotion lane's title */
  title: string;
  /** the mood thresholds, labelled, for the band's scale */
  ticks: { score: number; label: string }[];
  curves: SlideCurve[];
}

export interface StageSlide {
  kind: 'stage';
  stageId: string;
  heading: string;
  /** 1-based part of a split stage, and how many parts it has */
  part: number;
  parts: number;
  laneHeading: string;
  columns: SlideColumn[];
  rows: SlideRow[];
  /** null when no chosen curve has points or the emotion lane is left out */
  curve: CurveBand | null;
  /** shown when the stage has no scenes */
  empty: string | null;
}

export interface OpportunityRow {
  rank: number;
  text: string;
  /** value rounded to one decimal, feasibility 1…5, score = value × feasibility, one decimal */
  value: number;
  feasibility: number;
  score: number;
}

export interface OpportunitySlide {
  kind: 'opportunities';
  heading: string;
  columns: { rank: string; text: string; value: string; feasibility: string; score: string };
  rows: OpportunityRow[];
  /** "none scored yet", or what was left out; empty when every opportunity is listed */
  notes: string[];
}

export type Slide = TitleSlide | StageSlide | OpportunitySlide;

export interface SlidePlan {
  locale: Locale;
  title: string;
  slides: Slide[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** `count` items in `parts` runs as even as they go, the longer ones first: 7 → 4 + 3. */
function splitEvenly<T>(items: T[], size: number): T[][] {
  const parts = Math.max(1, Math.ceil(items.length / size));
  const base = Math.floor(items.length / parts);
  const extra = items.length % parts;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < parts; i++) {
    const length = base + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + length));
    at += length;
  }
  return out;
}

function cellTexts(texts: string[], locale: Locale): string[] {
  const kept = texts.map((t) => shorten(t, CARD_CHARS)).filter(Boolean);
  if (kept.length <= MAX_CELL_CARDS) return kept;
  // The last place goes to the count, so a cell never lists more than MAX_CELL_CARDS lines.
  return [...kept.slice(0, MAX_CELL_CARDS - 1), SLIDES_WORDS[locale].more(kept.length - (MAX_CELL_CARDS - 1))];
}

interface CurveSource {
  id: string;
  name: string;
  colour: string;
  /** every point of the curve in the chosen stages, reading order, with its markers and join */
  points: { id: string; sceneId: string; score: number; joined: boolean; markers: SlideCurvePoint['markers'] }[];
}

/** The chosen curves over the whole deck, so the markers are those of the exported curve, not of one slide. */
function curveSources(doc: JourneyDoc, choice: SlideChoice): CurveSource[] {
  const words = LABELS[doc.map.locale];
  const rank = new Map(scenesInReadingOrder(doc).map((scene, i) => [scene.id, i]));
  // All shown curves by default; a curve hidden on the canvas but named in the choice is still drawn: the choice is explicit.
  const wanted = choice.curves;
  const picked = wanted ? sortOrdered(Object.values(doc.curves)).filter((c) => wanted.includes(c.id)) : visibleCurves(doc);
  return picked.map((curve) => {
    const points = curvePoints(doc, curve.id);
    const analysis = analyseCurve(points, doc.map.scale);
    const markersOf = (id: string): SlideCurvePoint['markers'] => [
      ...(analysis.highlights.includes(id) ? [{ kind: 'highlight' as const, label: words.highlight }] : []),
      ...(analysis.darkest.includes(id) ? [{ kind: 'darkest' as const, label: words.darkest }] : []),
      ...(analysis.peak?.id === id ? [{ kind: 'peak' as const, label: analysis.peak.direction === 'high' ? words.peakHigh : words.peakLow }] : []),
      ...(analysis.end?.id === id ? [{ kind: 'end' as const, label: words.end }] : []),
    ];
    return {
      id: curve.id,
      name: curve.name,
      colour: curve.colour,
      points: points.map((point, i) => {
        const before = points[i - 1];
        const gap = before ? (rank.get(point.sceneId) ?? 0) - (rank.get(before.sceneId) ?? 0) : Infinity;
        return { id: point.id, sceneId: point.sceneId, score: point.score, joined: doc.map.curveGaps === 'interpolate' ? Boolean(before) : gap <= 1, markers: markersOf(point.id) };
      }),
    };
  });
}

function curveBand(doc: JourneyDoc, title: string, sources: CurveSource[], columns: SlideColumn[]): CurveBand | null {
  const columnOf = new Map(columns.map((c, i) => [c.sceneId, i]));
  const curves = sources.flatMap((source): SlideCurve[] => {
    const here = source.points.filter((p) => columnOf.has(p.sceneId));
    if (here.length === 0) return [];
    const slotsOf = new Map<string, number>();
    for (const p of here) slotsOf.set(p.sceneId, (slotsOf.get(p.sceneId) ?? 0) + 1);
    const seen = new Map<string, number>();
    const points = here.map((p, i): SlideCurvePoint => {
      const slot = seen.get(p.sceneId) ?? 0;
      seen.set(p.sceneId, slot + 1);
      // The first point on a slide has nothing on this slide to join.
      return { column: columnOf.get(p.sceneId)!, slot, slots: slotsOf.get(p.sceneId)!, score: p.score, joined: i > 0 && p.joined, markers: p.markers };
    });
    return [{ id: source.id, name: source.name, colour: source.colour, points }];
  });
  if (curves.length === 0) return null;
  const scale = SCALES[doc.map.scale];
  const words = LABELS[doc.map.locale];
  return {
    title,
    min: scale.min,
    max: scale.max,
    ticks: [
      { score: scale.max, label: words.delighted },
      { score: scale.neutral, label: words.neutral },
      { score: scale.min, label: words.bad },
    ],
    curves,
  };
}

function titleSlide(doc: JourneyDoc, locale: Locale): TitleSlide {
  const words = SLIDES_WORDS[locale];
  const names = personasInOrder(doc)
    .map((p) => p.name.trim())
    .filter(Boolean);
  const stages = Object.keys(doc.stages).length;
  const scenes = Object.keys(doc.scenes).length;
  const cards = Object.keys(doc.cards).length;
  return {
    kind: 'title',
    title: doc.map.title.trim() || words.untitled,
    description: shorten(doc.map.description, TITLE_DESCRIPTION_CHARS),
    personas: names.length > 0 ? { names, text: words.personas(names) } : null,
    counts: { stages, scenes, cards, text: words.counts(stages, scenes, cards) },
  };
}

function stageSlides(doc: JourneyDoc, choice: SlideChoice, locale: Locale): StageSlide[] {
  const words = SLIDES_WORDS[locale];
  const channels = LABELS[locale].channel;
  const lanes = sortOrdered(Object.values(doc.lanes));
  const cardLanes = lanes.filter((lane) => holdsCards(lane.kind));
  // The curve band stands for the emotion lane: leaving that lane out leaves the curve out, as in the map export.
  const curveLane = lanes.find((lane) => drawsCurve(lane.kind));
  const sources = curveLane ? curveSources(doc, choice) : [];
  const cells = new Map<string, string[]>();
  for (const card of sortOrdered(Object.values(doc.cards))) {
    const key = `${card.laneId} ${card.sceneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card.text]);
  }
  const scenesByStage = new Map<string, SlideColumn[]>();
  for (const scene of scenesInReadingOrder(doc)) {
    const list = scenesByStage.get(scene.stageId) ?? [];
    list.push({ sceneId: scene.id, title: scene.title, channel: channels[scene.channel] });
    scenesByStage.set(scene.stageId, list);
  }
  return sortOrdered(Object.values(doc.stages)).flatMap((stage) => {
    const parts = splitEvenly(scenesByStage.get(stage.id) ?? [], MAX_SCENES_PER_SLIDE);
    return parts.map((columns, i): StageSlide => ({
      kind: 'stage',
      stageId: stage.id,
      heading: parts.length > 1 ? words.part(stage.title, i + 1, parts.length) : stage.title,
      part: i + 1,
      parts: parts.length,
      laneHeading: words.lane,
      columns,
      rows: cardLanes.map((lane) => ({
        laneId: lane.id,
        title: lane.title,
        kind: lane.kind,
        accent: laneColours(lane.kind).accent,
        fill: laneColours(lane.kind).fill,
        cells: columns.map((column) => cellTexts(cells.get(`${lane.id} ${column.sceneId}`) ?? [], locale)),
      })),
      curve: curveLane ? curveBand(doc, curveLane.title, sources, columns) : null,
      empty: columns.length === 0 ? words.noScenes : null,
    }));
  });
}

function opportunitySlide(doc: JourneyDoc, locale: Locale): OpportunitySlide {
  const words = SLIDES_WORDS[locale];
  const scores = scoreOpportunities(doc);
  const ranked = scores.filter((s) => s.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const rows = ranked.slice(0, MAX_OPPORTUNITY_ROWS).map((s) => ({
    rank: s.rank!,
    text: shorten(doc.cards[s.cardId]?.text ?? '', OPPORTUNITY_CHARS),
    value: round1(s.value!),
    feasibility: s.feasibility!,
    score: round1(s.score!),
  }));
  const unscored = scores.length - ranked.length;
  const notes = [
    ...(ranked.length === 0 ? [words.none] : []),
    ...(ranked.length > rows.length ? [words.notShown(ranked.length - rows.length)] : []),
    ...(unscored > 0 && ranked.length > 0 ? [words.unscored(unscored)] : []),
  ];
  return { kind: 'opportunities', heading: words.opportunities, columns: words.columns, rows, notes };
}

/**
 * The deck for `doc`: a title slide, the chosen stages (split past MAX_SCENES_PER_SLIDE scenes)
 * with the chosen lanes and curves, and the opportunity summary. `locale` gives the deck's words;
 * callers pass the map's own.
 */
export function planSlides(source: JourneyDoc, choice: SlideChoice, locale: Locale): SlidePlan {
  const doc = exportedDocument(source, { stages: choice.stages, lanes: choice.lanes });
  // Opportunities are ranked over the chosen stages with every lane: leaving a pain point lane off
  // the slides must not change an opportunity's value (its addressed pain points count towards it).
  const forRanking = exportedDocument(source, { stages: choice.stages });
  const title = titleSlide(doc, locale);
  return { locale, title: title.title, slides: [title, ...stageSlides(doc, choice, locale), opportunitySlide(forRanking, locale)] };
}
