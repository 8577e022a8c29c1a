// The service action handbook: what goes in it for a role or for all, in which order, and how
// its pages are cut (a series is never split; one taller than a page starts a fresh one).
import { describe, expect, it } from 'vitest';
import { buildHandbook, emptyHandbookMessage, handbookActions, rolesWithActions } from '../../../shared/export/handbook.ts';
import { CONTENT_HEIGHT, handbookHtml } from '../../../shared/export/handbookHtml.ts';
import { packPages, type Group, type Piece } from '../../../shared/export/handbookPages.ts';
import { ExportOptionsSchema } from '../../../shared/export/options.ts';
import { scenesInReadingOrder } from '../../../shared/readingOrder.ts';
import { ROLES, WELCOME, WELCOME_ACTIONS, serviceActionMap } from './serviceActionMap.ts';

describe('handbook contents', () => {
  it('all roles: scenes in journey order, each series with its actions numbered in card order', () => {
    const doc = serviceActionMap('en');
    const handbook = buildHandbook(doc);
    const order = scenesInReadingOrder(doc).map((s) => s.id);
    const ids = handbook.scenes.map((s) => s.sceneId);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    const visit = handbook.scenes.find((s) => s.sceneId === 'scene-choose-visit')!;
    expect(visit.title).toBe('First showroom visit');
    expect(visit.stageTitle).toBe('Choose');
    // The template's two actions, the welcome routine, then the guard's and the cleaner's.
    expect(visit.series.map((s) => s.name)).toEqual(['', '', WELCOME.en, '', '']);
    const welcome = visit.series[2]!;
    expect(welcome.count).toBe(3);
    expect(welcome.actions.map((a) => [a.number, a.text])).toEqual(WELCOME_ACTIONS.map((a, i) => [i + 1, a.text.en]));
    expect(welcome.actions[1]!.steps).toEqual(WELCOME_ACTIONS[1].steps.map((s) => s.en));
    expect(welcome.actions[0]!.measure?.inspection?.frequency).toBe('daily');
    // Why it is done: the opportunity it delivers.
    const opportunity = doc.cards[doc.relations['relation-welcome']!.toCardId!]!;
    expect(welcome.actions[0]!.delivers).toEqual([opportunity.text.split('\n')[0]]);
    expect(handbookHtml(buildHandbook(doc)).html).toContain(`Delivers: </b>${opportunity.text.split('\n')[0]}`);
    expect(handbook.role).toBeNull();
    expect(handbook.roles).toEqual([ROLES.consultant.en, ROLES.guard.en, ROLES.cleaner.en]);
  });

  it('one role: only the actions that name it (any case, spaces trimmed), spelled as the map spells it', () => {
    const doc = serviceActionMap('en');
    const handbook = buildHandbook(doc, '  guard ');
    expect(handbook.role).toBe('Guard');
    expect(handbookActions(handbook).map((a) => a.cardId)).toEqual(['card-guard', 'card-cleaner']);
    expect(handbook.scenes.map((s) => s.sceneId)).toEqual(['scene-choose-visit']);
    const consultant = buildHandbook(doc, 'SALES CONSULTANT');
    expect(handbookActions(consultant).some((a) => a.cardId === 'card-guard')).toBe(false);
    expect(handbookActions(consultant).filter((a) => a.cardId.startsWith('card-welcome'))).toHaveLength(3);
  });

  it('a role with no actions gives an empty handbook and a message naming the roles that have some', () => {
    const doc = serviceActionMap('zh-CN');
    expect(handbookActions(buildHandbook(doc, '财务'))).toEqual([]);
    expect(rolesWithActions(doc)).toEqual([ROLES.consultant['zh-CN'], ROLES.guard['zh-CN'], ROLES.cleaner['zh-CN']]);
    expect(emptyHandbookMessage(doc, '财务')).toMatch(/'财务' has no service actions.*销售顾问, 门卫, 保洁/);
  });

  it('is PDF only, and a map export stays the default', () => {
    expect(ExportOptionsSchema.parse({ format: 'png' }).content).toBe('map');
    const refused = ExportOptionsSchema.safeParse({ format: 'png', content: 'handbook' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/PDF only/);
    expect(ExportOptionsSchema.parse({ format: 'pdf', content: 'handbook', role: 'Guard' })).toMatchObject({ content: 'handbook', role: 'Guard' });
    expect(ExportOptionsSchema.safeParse({ format: 'svg', content: 'matrix' }).success).toBe(true);
  });
});

const piece = (height: number, name: string, keepWithNext = false): Piece => ({ height, html: name, ...(keepWithNext && { keepWithNext }) });
const names = (pages: Piece[][]) => pages.map((page) => page.map((p) => p.html).join(' '));

describe('page packing', () => {
  it('never splits a series that fits on a page, where flowing the pieces would', () => {
    // 100 pages of height: the second series would start at 60 and end at 130.
    const groups: Group[] = [
      { pieces: [piece(20, 'A-head', true), piece(40, 'A1')] },
      { pieces: [piece(20, 'B-head', true), piece(25, 'B1'), piece(25, 'B2')] },
      { pieces: [piece(30, 'C1')] },
    ];
    expect(names(packPages(groups, 100))).toEqual(['A-head A1', 'B-head B1 B2 C1']);
  });

  it('a series taller than a page starts on a fresh page, continues with its heading repeated, and never leaves a heading last', () => {
    const big: Group = {
      pieces: [piece(10, 'head', true), piece(75, 'a1'), piece(10, 'a2-head', true), piece(40, 'a2'), piece(40, 'a3')],
      continued: piece(10, 'head (continued)', true),
    };
    const pages = names(packPages([{ pieces: [piece(30, 'before')] }, big, { pieces: [piece(10, 'after')] }], 100));
    // 'a2-head' would have ended the first page of the series: it moves on with its action.
    expect(pages).toEqual(['before', 'head a1', 'head (continued) a2-head a2 a3', 'after']);
  });

  it('a later series of a scene that begins a page is led by its scene’s heading', () => {
    const lead = piece(10, 'scene (continued)', true);
    const groups: Group[] = [{ pieces: [piece(50, 'scene'), piece(30, 'A')] }, { pieces: [piece(10, 'B')], lead }, { pieces: [piece(50, 'C')], lead: { ...lead } }];
    expect(names(packPages(groups, 100))).toEqual(['scene A B', 'scene (continued) C']);
  });

  it('starts a fresh page where asked', () => {
    expect(names(packPages([{ pieces: [piece(10, 'a')] }, { pieces: [piece(10, 'b')], fresh: true }], 100))).toEqual(['a', 'b']);
  });
});

/** The sheets of a handbook page, as the text each holds. */
const sheetsOf = (html: string) => html.split('<section class="page">').slice(1);

describe('handbook pages', () => {
  it('keeps every series on one sheet of a long handbook, numbers the sheets and ends with the inspection sheet', () => {
    const doc = serviceActionMap('en');
    const lane = Object.values(doc.lanes).find((l) => l.kind === 'service-actions')!;
    // Twelve routines of five actions of four steps: about two and a half to a page, so a naive flow splits many.
    for (let s = 0; s < 12; s++) {
      for (let a = 0; a < 5; a++) {
        const id = `card-r${s}-${a}`;
        doc.cards[id] = {
          id,
          laneId: lane.id,
          sceneId: 'scene-use-service',
          order: `b${String.fromCharCode(65 + s)}${a}`,
          text: `Routine ${s} action ${a}: a service action described in a sentence long enough to wrap`,
          roles: ['Service advisor'],
          steps: [1, 2, 3, 4].map((k) => `R${s}A${a} step ${k}: what exactly to do, said so that it can be trained`),
          series: `Routine ${s}`,
        };
      }
    }
    const { html, pages } = handbookHtml(buildHandbook(doc));
    const sheets = sheetsOf(html);
    expect(sheets).toHaveLength(pages);
    sheets.forEach((sheet, i) => expect(sheet).toContain(`page ${i + 1} of ${pages}`));
    const sheetStart = sheets.findIndex((sheet) => sheet.includes('class="sheetTitle"'));
    expect(sheetStart).toBeGreaterThan(2);
    for (let s = 0; s < 12; s++) {
      const holding = sheets.slice(0, sheetStart).filter((sheet) => sheet.includes(`Routine ${s} action`));
      expect(holding, `routine ${s}`).toHaveLength(1);
    }
    // The inspection sheet has a row for each of them, over more than one page.
    expect(sheets.slice(sheetStart).join('').match(/Routine \d+ action \d/g)).toHaveLength(60);
    expect(sheets.at(-1)).toContain('Notes and corrections');
    expect(CONTENT_HEIGHT).toBeGreaterThan(900);
  });

  it('cuts a very long action over sheets in the body and names it in a few lines on the inspection sheet', () => {
    const doc = serviceActionMap('en');
    doc.cards['card-welcome-2']!.text = 'Long text with words and more words. '.repeat(600).trim();
    const { html } = handbookHtml(buildHandbook(doc));
    const sheets = sheetsOf(html);
    const sheetStart = sheets.findIndex((sheet) => sheet.includes('class="sheetTitle"'));
    const body = sheets.slice(0, sheetStart).join('');
    // every word of it, in chunks of lines
    expect(body.match(/Long/g)).toHaveLength(600);
    expect(sheets.slice(0, sheetStart).filter((sheet) => sheet.includes('Long text')).length).toBeGreaterThan(5);
    const row = /<div class="cell">(Long text[^<]*)<div class="context">/.exec(sheets.slice(sheetStart).join(''))?.[1] ?? '';
    expect(row.endsWith('…')).toBe(true);
    expect(row.length).toBeLessThan(200);
  });

  it('escapes the map’s text: a hostile file’s markup is printed, not run', () => {
    const doc = serviceActionMap('en');
    const card = doc.cards['card-welcome-1']!;
    card.text = '<script>alert(1)</script>';
    card.series = '<img src=x onerror=alert(2)>';
    card.steps = ['<b>bold</b> & "quoted"'];
    card.roles = ['<i>role</i>'];
    doc.map.title = '</title><script>x()</script>';
    const { html } = handbookHtml(buildHandbook(doc));
    expect(html).not.toMatch(/<script|<img|<b>bold|<i>role/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;b&#62;bold&#60;/b&#62; &#38; &#34;quoted&#34;');
  });

  it('speaks the map’s language', () => {
    const { html } = handbookHtml(buildHandbook(serviceActionMap('zh-CN'), '销售顾问'));
    expect(html).toContain('<html lang="zh-CN">');
    for (const words of ['服务动作手册', '门口迎宾 · 共 3 个动作', '检查表', '第 1 页']) expect(html).toContain(words);
  });
});
