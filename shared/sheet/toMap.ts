// A workbook as a new map. The map sheet is read as this app writes it (labels in column A for the
// stage, scene and channel rows, lane kinds in column B) and as people make one by hand (scene
// titles across the first row, lane titles down the first column, a row of numbers for the
// emotion curve). The card details and map info sheets are read when they are there. What does
// not come over as written is said in `problems` (in English, like every reading problem).
import { clampScore, SCALES } from '../emotion/scale.ts';
import { drawsCurve, holdsCards, type LaneKind } from '../laneKinds.ts';
import { EMOTION_SCALES, LOCALES, type Card, type EmotionScale, type JourneyDoc, type Locale, type Relation, type RelationKind } from '../model.ts';
import { firstKeys } from '../order.ts';
import { relationMisfit } from '../relations.ts';
import { CURRENT_CURVE } from '../template.ts';
import { createDocument } from '../templates.ts';
import { DocumentInvalidError, restoreDocument, type RawDocument } from '../validate.ts';
import { columnsFor } from './cardColumns.ts';
import { splitCards } from './cells.ts';
import { cellName, cellNumber, cellText, readCellName, type Cell, type Sheet, type Workbook } from './workbook.ts';
import { CHANNEL_WORDS, LANE_KIND_WORDS, readLabel, readRowLabel, readSheetName, sheetWords, type ColumnKey } from './words.ts';
import { MAX_SHEET_CARDS, MAX_SHEET_CURVES, MAX_SHEET_LANES, MAX_SHEET_SCENES, SheetError } from './limits.ts';

export interface SheetReadOptions {
  /** the language of a sheet that does not say (else guessed from its text) */
  locale?: Locale;
  /** the map's title when the workbook has none (the file's name) */
  title?: string;
}

/** Curve colours in the order curves are added (the first is the templates' pink). */
const CURVE_COLOURS = ['#db2777', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#4b5563'];

const row = (sheet: Sheet, r: number): Cell[] => sheet.rows[r] ?? [];
const isEmptyRow = (cells: Cell[]) => cells.every((cell) => cellText(cell) === '');

function pickSheets(workbook: Workbook) {
  const named = (role: 'map' | 'info' | 'details') => workbook.find((sheet) => readSheetName(sheet.name) === role);
  const map = named('map') ?? workbook.find((sheet) => readSheetName(sheet.name) === undefined && sheet.rows.some((r) => !isEmptyRow(r)));
  return { map, info: named('info'), details: named('details') };
}

function readInfo(sheet: Sheet | undefined, problems: string[]) {
  const info: { title?: string; description?: string; scale?: EmotionScale; locale?: Locale } = {};
  for (const [r, cells] of (sheet?.rows ?? []).entries()) {
    const key = readLabel(cellText(cells[0]), (w) => w.info);
    const value = cellText(cells[1]);
    if (key === 'title') info.title = value;
    else if (key === 'description') info.description = value;
    else if (key === 'scale') {
      if ((EMOTION_SCALES as readonly string[]).includes(value)) info.scale = value as EmotionScale;
      else if (value) problems.push(`${sheet?.name} ${cellName(r, 1)}: “${value}” is not an emotion scale (${EMOTION_SCALES.join(', ')}); the scale is taken from the numbers`);
    } else if (key === 'language' && (LOCALES as readonly string[]).includes(value)) info.locale = value as Locale;
  }
  return info;
}

/** The scale the numbers of the curves fit (when the workbook does not say). */
function guessScale(scores: number[]): EmotionScale {
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  if (scores.length === 0 || (min >= -2 && max <= 2)) return '-2..+2';
  if (min >= 1 && max <= 5) return '1..5';
  return '-3..+3';
}

export function workbookToMap(workbook: Workbook, options: SheetReadOptions = {}): { doc: JourneyDoc; problems: string[] } {
  const problems: string[] = [];
  const { map: sheet, info: infoSheet, details } = pickSheets(workbook);
  if (!sheet) throw new SheetError('empty', 'it has no sheet with anything in it', 'noSheet');
  const info = readInfo(infoSheet, problems);
  const sheetChinese = sheet.rows.some((cells) => cells.some((cell) => typeof cell === 'string' && /[\u3400-\u9fff]/.test(cell)));
  const locale: Locale = info.locale ?? (sheetChinese ? 'zh-CN' : (options.locale ?? 'en'));
  const words = sheetWords(locale);
  const at = (r: number, c: number) => `${sheet.name} ${cellName(r, c)}`;

  // The header rows: labelled in column A, at the top. Without labels, the first row names the scenes.
  const header: { stage?: number; scene?: number; channel?: number } = {};
  let laneStart = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const label = readRowLabel(cellText(row(sheet, r)[0]));
    if (label === undefined || label === 'curve' || header[label] !== undefined) break;
    header[label] = r;
    laneStart = r + 1;
  }
  if (laneStart === 0) {
    // Unlabelled: the rows at the top with nothing in column A are the stages, scenes and channels (one row: the scenes).
    let top = 0;
    while (top < 3 && top < sheet.rows.length && cellText(row(sheet, top)[0]) === '' && !isEmptyRow(row(sheet, top))) top += 1;
    const [stage, scene, channel] = top <= 1 ? [undefined, 0, undefined] : [0, 1, top === 3 ? 2 : undefined];
    Object.assign(header, { stage, scene, channel });
    laneStart = Math.max(1, top);
  }
  const laneRows = sheet.rows.map((cells, r) => ({ cells, r })).filter(({ cells, r }) => r >= laneStart && !isEmptyRow(cells));
  const kindColumn = laneRows.some(({ cells }) => cellText(cells[1]) !== '') && laneRows.every(({ cells }) => {
    const text = cellText(cells[1]);
    return text === '' || LANE_KIND_WORDS.read(text) !== undefined || readRowLabel(text) === 'curve';
  });
  const gridStart = kindColumn ? 2 : 1;
  const width = Math.max(0, ...sheet.rows.map((cells) => cells.length));
  if (laneRows.length > MAX_SHEET_LANES * 2) throw new SheetError('too-large', `the map sheet has ${laneRows.length} rows; a map has at most ${MAX_SHEET_LANES} lanes`, 'lanes', { rows: laneRows.length, max: MAX_SHEET_LANES });
  if (width - gridStart > MAX_SHEET_SCENES) throw new SheetError('too-large', `the map sheet has ${width - gridStart} columns; a map has at most ${MAX_SHEET_SCENES} scenes`, 'scenes', { columns: width - gridStart, max: MAX_SHEET_SCENES });

  for (const merge of sheet.merges ?? []) {
    if (merge.top >= laneStart && (merge.bottom > merge.top || merge.right > merge.left)) {
      problems.push(`${at(merge.top, merge.left)}:${cellName(merge.bottom, merge.right)} are merged cells; what they hold is read as ${cellName(merge.top, merge.left)}`);
    }
  }

  const doc = createDocument('blank', locale);
  // a curve without a name is called as the blank map's curve is
  const curveName = doc.curves[CURRENT_CURVE]?.name ?? '';
  for (const collection of ['stages', 'scenes', 'lanes', 'cards', 'curves', 'emotionPoints', 'links', 'relations', 'personas'] as const) doc[collection] = {};
  delete doc.map.titlePersonas;
  doc.map.title = (info.title || options.title || doc.map.title).slice(0, 500);
  doc.map.description = (info.description ?? '').slice(0, 20_000);

  // Stages and scenes, column by column. An empty stage cell goes on with the stage to its left.
  const sceneAt = new Map<number, string>();
  const stageOrder: string[] = [];
  const scenesOf = new Map<string, string[]>();
  let stageId: string | null = null;
  let stageTitle = '';
  const hasContent = (c: number) => laneRows.some(({ cells }) => cellText(cells[c]) !== '');
  for (let c = gridStart; c < width; c++) {
    const title = header.scene === undefined ? '' : cellText(row(sheet, header.scene)[c]);
    const stage = header.stage === undefined ? '' : cellText(row(sheet, header.stage)[c]);
    const content = hasContent(c);
    if (!title && !stage && !content) continue;
    if (stageId === null || (stage && stage !== stageTitle)) {
      stageId = `stage-${stageOrder.length + 1}`;
      stageTitle = stage;
      stageOrder.push(stageId);
      scenesOf.set(stageId, []);
      doc.stages[stageId] = { id: stageId, order: '', title: (stage || `${words.stage} ${stageOrder.length}`).slice(0, 500) };
    }
    if (!title && !content) continue;
    const sceneId = `scene-${sceneAt.size + 1}`;
    const channelText = header.channel === undefined ? '' : cellText(row(sheet, header.channel)[c]);
    const channel = channelText ? CHANNEL_WORDS.read(channelText) : 'offline';
    if (!channel) problems.push(`${at(header.channel as number, c)}: “${channelText}” is not a channel (online, offline or both); the scene is offline`);
    doc.scenes[sceneId] = { id: sceneId, stageId, order: '', title: title.slice(0, 500), channel: channel ?? 'offline' };
    scenesOf.get(stageId)?.push(sceneId);
    sceneAt.set(c, sceneId);
  }
  firstKeys(stageOrder.length).forEach((key, i) => {
    const stage = doc.stages[stageOrder[i] as string];
    if (stage) stage.order = key;
  });
  for (const ids of scenesOf.values()) firstKeys(ids.length).forEach((key, i) => ((doc.scenes[ids[i] as string] as { order: string }).order = key));

  // Lanes and curves, row by row; cards cell by cell.
  const hidden = new Set(sheet.hiddenRows ?? []);
  const placed = new Map<string, string[]>();
  const laneIds: string[] = [];
  const curveIds: string[] = [];
  const scores: { curveId: string; sceneId: string; score: number; note: string; place: string }[] = [];
  let emotionLane: string | null = null;
  let cardCount = 0;
  const addLane = (kind: LaneKind, title: string, r: number) => {
    const id = `lane-${laneIds.length + 1}`;
    laneIds.push(id);
    doc.lanes[id] = { id, order: '', kind, title: title.slice(0, 500), hidden: hidden.has(r) };
    if (drawsCurve(kind)) emotionLane ??= id;
    return id;
  };
  const addCurve = (name: string, r: number) => {
    if (!emotionLane) addLane('emotion', LANE_KIND_WORDS.label('emotion', locale), r);
    if (curveIds.length >= MAX_SHEET_CURVES) {
      problems.push(`${at(r, 0)}: a map has at most ${MAX_SHEET_CURVES} curves; this one is left out`);
      return;
    }
    const id = `curve-${curveIds.length + 1}`;
    const fill = sheet.fills?.[`${r}:0`];
    doc.curves[id] = { id, order: '', name: (name || curveName).slice(0, 200), colour: fill ?? (CURVE_COLOURS[curveIds.length % CURVE_COLOURS.length] as string), hidden: hidden.has(r) };
    curveIds.push(id);
    for (const [c, sceneId] of sceneAt) {
      const cell = row(sheet, r)[c];
      if (cellText(cell) === '') continue;
      const score = cellNumber(cell);
      if (score === null) problems.push(`${at(r, c)}: “${cellText(cell).slice(0, 40)}” on the curve “${name}” is not a number; the scene has no emotion point`);
      else scores.push({ curveId: id, sceneId, score, note: sheet.notes?.[`${r}:${c}`] ?? '', place: cellName(r, c) });
    }
  };
  const numeric = (cells: Cell[]) => {
    const values = [...sceneAt.keys()].map((c) => cells[c]).filter((cell) => cellText(cell) !== '');
    return values.length > 0 && values.every((cell) => cellNumber(cell) !== null);
  };
  for (const { cells, r } of laneRows) {
    const title = cellText(cells[0]);
    const kindText = kindColumn ? cellText(cells[1]) : '';
    if (kindColumn && readRowLabel(kindText) === 'curve') {
      addCurve(title, r);
      continue;
    }
    const kind = LANE_KIND_WORDS.read(kindText) ?? LANE_KIND_WORDS.read(title) ?? (numeric(cells) ? 'emotion' : 'text');
    if (laneIds.length >= MAX_SHEET_LANES) {
      problems.push(`${at(r, 0)}: a map has at most ${MAX_SHEET_LANES} lanes; the rows from here on are left out`);
      break;
    }
    const laneId = addLane(kind, title, r);
    if (drawsCurve(kind)) {
      // a hand-made sheet's row of numbers is the lane's curve
      if (numeric(cells) && emotionLane === laneId) addCurve('', r);
      continue;
    }
    if (!holdsCards(kind)) continue;
    for (const [c, sceneId] of sceneAt) {
      const texts = splitCards(cellText(cells[c]));
      if (texts.length === 0) continue;
      if (cardCount + texts.length > MAX_SHEET_CARDS) throw new SheetError('too-large', `the sheet holds more than ${MAX_SHEET_CARDS} cards`, 'cards', { max: MAX_SHEET_CARDS });
      const keys = firstKeys(texts.length);
      const ids = texts.map((text, k) => {
        const id = `card-${++cardCount}`;
        doc.cards[id] = { id, laneId, sceneId, order: keys[k] as string, text: text.slice(0, 100_000) };
        return id;
      });
      placed.set(cellName(r, c), ids);
    }
  }
  firstKeys(laneIds.length).forEach((key, i) => ((doc.lanes[laneIds[i] as string] as { order: string }).order = key));
  firstKeys(curveIds.length).forEach((key, i) => ((doc.curves[curveIds[i] as string] as { order: string }).order = key));
  if (laneIds.length === 0 && sceneAt.size === 0) throw new SheetError('empty', 'it has no scenes and no lanes (scene titles go across the first row, lane titles down the first column)', 'noGrid');

  doc.map.scale = info.scale ?? guessScale(scores.map((s) => s.score));
  const { min, max } = SCALES[doc.map.scale];
  for (const [i, point] of scores.entries()) {
    const score = clampScore(point.score, doc.map.scale);
    if (score !== point.score) problems.push(`${sheet.name} ${point.place}: ${point.score} is outside the scale ${min}…${max} and counts as ${score}`);
    const id = `point-${i + 1}`;
    doc.emotionPoints[id] = { id, curveId: point.curveId, sceneId: point.sceneId, order: 'a0', score, note: point.note.slice(0, 20_000) };
    placed.set(point.place, [id]);
  }

  if (details) readDetails(doc, details, placed, problems);

  try {
    const restored = restoreDocument(doc as unknown as RawDocument);
    return { doc: restored.doc, problems: [...problems, ...restored.problems] };
  } catch (error) {
    if (error instanceof DocumentInvalidError) throw new SheetError('invalid', error.message);
    throw error;
  }
}

/** The card a details row names: by its cell and text, else by its text alone. */
function findCard(doc: JourneyDoc, placed: Map<string, string[]>, place: string, text: string, taken: Set<string>): Card | undefined {
  const cell = readCellName(place);
  const here = (cell ? (placed.get(cellName(cell.row, cell.column)) ?? []) : []).map((id) => doc.cards[id]).filter((c) => c !== undefined);
  const candidates = here.length > 0 ? here : Object.values(doc.cards);
  const free = candidates.filter((c) => !taken.has(c.id));
  return free.find((c) => c.text === text) ?? free.find((c) => c.text.split('\n')[0]?.trim() === text.split('\n')[0]?.trim()) ?? (here.length === 1 ? here[0] : undefined);
}

const RELATION_OF: Partial<Record<ColumnKey, RelationKind>> = { addresses: 'addresses', delivers: 'delivers' };

function readDetails(doc: JourneyDoc, sheet: Sheet, placed: Map<string, string[]>, problems: string[]): void {
  const head = (sheet.rows[0] ?? []).map((cell) => readLabel(cellText(cell), (w) => w.columns));
  const cardColumn = head.indexOf('card');
  if (cardColumn < 0) {
    problems.push(`${sheet.name}: the first row does not name a “Card” column, so the sheet is not read`);
    return;
  }
  const cellColumn = head.indexOf('cell');
  const taken = new Set<string>();
  const pending: { from: Card; kind: RelationKind; lines: string[]; r: number }[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const text = cellText(cells[cardColumn]);
    if (!text) continue;
    const card = findCard(doc, placed, cellColumn >= 0 ? cellText(cells[cellColumn]) : '', text, taken);
    const at = `${sheet.name} ${cellName(r, cardColumn)}`;
    if (!card) {
      problems.push(`${at}: there is no card “${text.slice(0, 60)}” on the map sheet; its details are left out`);
      continue;
    }
    taken.add(card.id);
    const kind = doc.lanes[card.laneId]?.kind;
    const allowed = new Map(kind ? columnsFor(kind).map((column) => [column.key, column]) : []);
    const fields: Partial<Card> = {};
    head.forEach((key, c) => {
      if (!key || key === 'cell' || key === 'lane' || key === 'scene' || key === 'card') return;
      const cell = cells[c] ?? null;
      if (cellText(cell) === '') return;
      const column = allowed.get(key);
      if (!column) {
        problems.push(`${sheet.name} ${cellName(r, c)}: a card of a ${kind ?? 'missing'} lane keeps no “${cellText(sheet.rows[0]?.[c])}”; left out`);
        return;
      }
      const relation = RELATION_OF[key];
      if (relation) {
        pending.push({ from: card, kind: relation, lines: cellText(cell).split(/\r?\n/).map((l) => l.trim()).filter(Boolean), r });
        return;
      }
      const problem = column.set(fields, cell);
      if (problem) problems.push(`${sheet.name} ${cellName(r, c)}: ${problem}`);
    });
    Object.assign(card, fields);
  }
  let next = 1;
  for (const { from, kind, lines, r } of pending) {
    for (const line of lines) {
      const match = /^([A-Za-z]{1,3}\d{1,7})\s*[:：]\s*(.*)$/.exec(line);
      const ids = match ? (placed.get((match[1] as string).toUpperCase()) ?? []) : [];
      const text = (match ? (match[2] as string) : line).replace(/…$/, '');
      const byText = (id: string) => doc.cards[id]?.text.split('\n')[0]?.trim().startsWith(text);
      const target = ids.find(byText) ?? (ids.length === 1 ? ids[0] : undefined) ?? Object.keys(doc.cards).find((id) => id !== from.id && byText(id) && text !== '');
      const isPoint = target !== undefined && doc.emotionPoints[target] !== undefined;
      const relation: Omit<Relation, 'id'> = { kind, fromCardId: from.id, ...(isPoint ? { toPointId: target } : { toCardId: target ?? '' }) };
      const misfit = target === undefined ? 'nothing on the map sheet matches it' : relationMisfit(doc, relation);
      if (misfit) {
        problems.push(`${sheet.name} row ${r + 1}: “${line.slice(0, 60)}” is not kept (${misfit})`);
        continue;
      }
      const id = `relation-${next++}`;
      doc.relations[id] = { id, ...relation } as Relation;
    }
  }
}
