// The pain-point board: its tiles and filters, the badge on the card (and in the export), the map
// filter, the CSV and the action list's layout; a move on the board is one undo step.
import { describe, expect, it } from 'vitest';
import { cardMetaParts } from '../../shared/cardStyle.ts';
import { Editor } from '../../shared/editor.ts';
import { actionListHtml, actionOrder, actionRows, ACTION_CONTENT_HEIGHT } from '../../shared/export/actionListHtml.ts';
import { renderSvg } from '../../shared/export/svg.ts';
import { layoutMap } from '../../shared/layout.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { boardColumns, boardCsv, boardItems, csvField, filterItems, loopMetaParts, neighbourStatus, ownersOf, passesMapFilter, toCsv } from '../../shared/painBoard.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import { KIND_FIELD_SHAPES } from '../../shared/laneKinds.ts';
import { emptyLoop } from '../../shared/painLoop.ts';
import { LIMITS } from '../../renderer/components/inspector/limits.ts';
import { doUndoRedo, smallMap } from './ops/harness.ts';

const TODAY = '2026-12-10';

function board(): JourneyDoc {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'addLane', id: 'pains', kind: 'painpoints', title: 'Pains' },
    { type: 'addCard', id: 'p1', laneId: 'pains', sceneId: 'b1', text: 'Nobody greets me', fields: { severity: 3 } },
    { type: 'addCard', id: 'p2', laneId: 'pains', sceneId: 'a1', text: '=HYPERLINK("x")', fields: { severity: 1 } },
    { type: 'addCard', id: 'p3', laneId: 'pains', sceneId: 'a2', text: 'Asked again, "twice"\nin the store' },
    { type: 'setCardFields', id: 'p1', fields: { loop: { ...emptyLoop(), status: 'planned', owner: 'Li Wei', due: '2026-12-05', plan: 'Greeter at the door' } } },
    { type: 'setCardFields', id: 'p2', fields: { loop: { ...emptyLoop(), status: 'closed', owner: 'li wei', due: '2026-11-01' } } },
  ]);
  return editor.doc;
}

describe('the pain-point board', () => {
  it('lists pain points in reading order with their stage, scene and loop', () => {
    const items = boardItems(board(), TODAY);
    expect(items.map((i) => i.cardId)).toEqual(['p2', 'p3', 'p1']);
    expect(items[2]).toMatchObject({ status: 'planned', owner: 'Li Wei', due: '2026-12-05', overdue: true, stage: 'Buy', scene: 'Showroom', severity: 3 });
    expect(items[0]).toMatchObject({ status: 'closed', overdue: false });
    expect(items[1]).toMatchObject({ status: 'found', owner: '', overdue: false });
    const columns = boardColumns(items);
    expect(columns.planned.map((i) => i.cardId)).toEqual(['p1']);
    expect(columns.found.map((i) => i.cardId)).toEqual(['p3']);
    expect(columns.reported).toEqual([]);
    expect(neighbourStatus('found', -1)).toBeNull();
    expect(neighbourStatus('found', 1)).toBe('reported');
    expect(neighbourStatus('closed', 1)).toBeNull();
  });

  it('filters by stage, owner (whatever its case), severity and overdue', () => {
    const items = boardItems(board(), TODAY);
    const ids = (f: Parameters<typeof filterItems>[1]) => filterItems(items, f).map((i) => i.cardId);
    expect(ids({})).toEqual(['p2', 'p3', 'p1']);
    expect(ids({ stageId: 'a' })).toEqual(['p2', 'p3']);
    expect(ids({ owner: 'LI WEI' })).toEqual(['p2', 'p1']);
    expect(ids({ owner: '' })).toEqual(['p3']);
    expect(ids({ severity: 3 })).toEqual(['p1']);
    expect(ids({ overdue: true })).toEqual(['p1']);
    expect(ids({ stageId: 'a', overdue: true })).toEqual([]);
    expect(ownersOf(items)).toEqual(['li wei']);
  });

  it('the map filter: open, overdue, closed', () => {
    const doc = board();
    const shown = (filter: 'all' | 'open' | 'overdue' | 'closed') => ['p1', 'p2', 'p3'].filter((id) => passesMapFilter(doc.cards[id]!, filter, TODAY));
    expect(shown('all')).toEqual(['p1', 'p2', 'p3']);
    expect(shown('open')).toEqual(['p1', 'p3']);
    expect(shown('overdue')).toEqual(['p1']);
    expect(shown('closed')).toEqual(['p2']);
  });
});

describe('the loop badge', () => {
  it('says the status and the due date; overdue in red with ⚑ only when today is given', () => {
    const doc = board();
    expect(loopMetaParts(doc.cards.p1!, 'en', TODAY)).toEqual([{ text: '⚑ planned · due 12-05', tone: 'overdue' }]);
    expect(loopMetaParts(doc.cards.p1!, 'en', '2026-12-01')).toEqual([{ text: '◑ planned · due 12-05', tone: 'loop' }]);
    expect(loopMetaParts(doc.cards.p1!, 'en')).toEqual([{ text: '◑ planned · due 2026-12-05', tone: 'loop' }]);
    expect(loopMetaParts(doc.cards.p1!, 'zh-CN', TODAY)).toEqual([{ text: '⚑ 改善计划 · 截止 12-05', tone: 'overdue' }]);
    // closed: no date any more; a pain point never touched: nothing
    expect(loopMetaParts(doc.cards.p2!, 'en', TODAY)).toEqual([{ text: '● closed', tone: 'loop' }]);
    expect(loopMetaParts(doc.cards.p3!, 'en', TODAY)).toEqual([]);
    expect(loopMetaParts({ loop: emptyLoop() }, 'en', TODAY)).toEqual([]);
  });

  it('is a part of the card meta row after the severity dots, laid out and exported alike', () => {
    const doc = board();
    expect(cardMetaParts(doc, doc.cards.p1!, { today: TODAY })).toEqual([
      { text: '●●●', tone: 'severity' },
      { text: '⚑ planned · due 12-05', tone: 'overdue' },
    ]);
    const plain = layoutMap(doc).cards.p1!.meta.flat().map((p) => p.text);
    expect(plain).toContain('◑ planned · due 2026-12-05');
    const today = layoutMap(doc, doc, { today: TODAY }).cards.p1!.meta.flat().map((p) => p.text);
    expect(today).toContain('⚑ planned · due 12-05');
    const svg = renderSvg(doc, { today: TODAY }).svg;
    expect(svg).toContain('class="meta-overdue"');
    expect(svg).toContain('⚑ planned · due 12-05');
  });
});

describe('a move on the board', () => {
  it('is one setLoopStatus: do, undo, redo', () => {
    const start = board();
    doUndoRedo(start, { type: 'setLoopStatus', id: 'p3', status: 'reported', by: 'Zhang', at: '2026-12-10T08:00:00.000Z' }, (doc) => {
      expect(boardColumns(boardItems(doc, TODAY)).reported.map((i) => i.cardId)).toEqual(['p3']);
      expect(doc.cards.p3?.loop?.history).toEqual([{ status: 'reported', by: 'Zhang', at: '2026-12-10T08:00:00.000Z' }]);
    });
  });
});

describe('the board as CSV', () => {
  it('quotes as RFC 4180 says, starts with a BOM, ends lines in CRLF, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 10')).toBe("'+86 10");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('has one row per pain point with its loop, in the map language', () => {
    const csv = boardCsv(boardItems(board(), TODAY), 'en');
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Pain point,Stage,Scene,Severity,Status,Owner,Due,Overdue,Improvement plan,Check result');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",Aware,Ads,1,closed,li wei,2026-11-01,,,`);
    // a line break inside a field stays as it was typed, inside the quotes
    expect(lines[2]).toBe('"Asked again, ""twice""\nin the store",Aware,Friends,,found,,,,,');
    expect(lines[3]).toBe('Nobody greets me,Buy,Showroom,3,planned,Li Wei,2026-12-05,yes,Greeter at the door,');
    expect(boardCsv([], 'zh-CN')).toBe('\uFEFF痛点,旅程阶段,场景,严重程度,状态,负责人,截止日期,已逾期,改善计划,考核结果\r\n');
  });
});

describe('the action list', () => {
  it('puts open items first, soonest due first, then undated, then closed', () => {
    const items = boardItems(board(), TODAY);
    expect(actionOrder(items).map((i) => i.cardId)).toEqual(['p1', 'p3', 'p2']);
    const rows = actionRows(items, 'en');
    expect(rows[0]!.cells).toMatchObject({ no: '1', owner: 'Li Wei', due: '⚑ 2026-12-05', status: 'planned', painPoint: 'Nobody greets me', scene: 'Buy · Showroom', plan: 'Greeter at the door' });
    expect(rows[1]!.cells).toMatchObject({ owner: '—', due: '—', status: 'found' });
    expect(rows[0]!.overdue).toBe(true);
  });

  it('never splits a row, and repeats the column heads on every sheet', () => {
    const doc = board();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...boardItems(doc, TODAY)[2]!, cardId: `x${i}`, plan: 'A long plan. '.repeat((i % 5) * 4 + 1) }));
    const rows = actionRows(many, 'en');
    const pages = actionListHtml('Map', many, 'en', '2026-12-10');
    expect(pages.pages).toBeGreaterThan(1);
    expect(pages.rowsPerPage.reduce((a, b) => a + b, 0)).toBe(60);
    // what each page holds fits it (the first also holds the title and the heads, the others the heads)
    let at = 0;
    for (const [page, count] of pages.rowsPerPage.entries()) {
      const height = rows.slice(at, at + count).reduce((sum, r) => sum + r.height, 0) + (page === 0 ? 60 : 0) + 25;
      expect(height).toBeLessThanOrEqual(ACTION_CONTENT_HEIGHT);
      at += count;
    }
    expect(pages.html.match(/row row--head/g)?.length).toBe(pages.pages);
    expect(pages.html).toContain('page 2 of');
  });

  it('escapes the map text and says when there is nothing', () => {
    const doc = board();
    const item = { ...boardItems(doc, TODAY)[1]!, text: '<script>alert(1)</script>' };
    expect(actionListHtml('A & B', [item], 'en').html).not.toContain('<script>alert');
    const empty = actionListHtml('Map', [], 'zh-CN');
    expect(empty.pages).toBe(1);
    expect(empty.html).toContain('痛点改善行动清单');
  });
});

describe('the loop in the inspector and the export options', () => {
  it('caps the owner, plan and check at the schema lengths', () => {
    const loop = (patch: object) => KIND_FIELD_SHAPES.loop.safeParse({ ...emptyLoop(), ...patch }).success;
    expect(loop({ owner: 'x'.repeat(LIMITS.loopOwner), plan: 'x'.repeat(LIMITS.loopText), check: 'x'.repeat(LIMITS.loopText) })).toBe(true);
    expect(loop({ owner: 'x'.repeat(LIMITS.loopOwner + 1) })).toBe(false);
    expect(loop({ plan: 'x'.repeat(LIMITS.loopText + 1) })).toBe(false);
    expect(loop({ check: 'x'.repeat(LIMITS.loopText + 1) })).toBe(false);
    expect(loop({ due: '12/20/2026' })).toBe(false);
  });

  it('exports the action list as PDF or CSV only, and the map never as CSV', () => {
    expect(ExportOptionsSchema.safeParse({ content: 'actions', format: 'csv' }).success).toBe(true);
    expect(ExportOptionsSchema.safeParse({ content: 'actions', format: 'pdf' }).success).toBe(true);
    const png = ExportOptionsSchema.safeParse({ content: 'actions', format: 'png' });
    expect(png.success).toBe(false);
    expect(png.error?.issues[0]?.message).toBe('the actions export is written as pdf or csv, not png');
    expect(ExportOptionsSchema.safeParse({ content: 'map', format: 'csv' }).success).toBe(false);
  });
});
