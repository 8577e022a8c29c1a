// paste-200: a 10 × 20 range (200 cells, as Excel puts it on the clipboard: TSV and an HTML
// table) pasted onto the first cell of a 20-scene map with ten card lanes: the time from the
// paste event to the preview, and from the click on Paste to the first frame that shows the
// new cards (the web shell, built renderer). Also the pure reading and planning, in Node.
import type { Page } from '@playwright/test';
import { holdsCards } from '../../shared/laneKinds.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { planTablePaste, readTable } from '../../shared/tablePaste.ts';
import { tableHtml, tsvText, type Grid } from '../../shared/tableText.ts';
import { percentile, withMapInBrowser } from './browser.ts';
import { generateMap } from './generateMap.ts';
import { line, median, time } from './measure.ts';

const ROWS = 10;
const COLUMNS = 20;
// Many runs: one paste's time on two shared cores varies by ±20 %, and the median should not.
const RUNS = 15;

const range: Grid = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => `Pasted ${r + 1}.${c + 1}${c % 4 === 0 ? '\nsecond line' : ''}`));

function firstCell(doc: JourneyDoc): { laneId: string; sceneId: string } {
  const stage = sortOrdered(Object.values(doc.stages))[0];
  const scene = sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === stage?.id))[0];
  const lane = sortOrdered(Object.values(doc.lanes)).find((l) => !l.hidden && holdsCards(l.kind));
  if (!scene || !lane) throw new Error('paste-200: the generated map has no first cell');
  return { laneId: lane.id, sceneId: scene.id };
}

async function pasteOnce(page: Page, plain: string, html: string): Promise<{ preview: number; drawn: number; shown: number }> {
  return page.evaluate(
    async ([text, markup]) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const until = async (found: () => Element | null) => {
        for (let i = 0; i < 600; i++) {
          const element = found();
          if (element) return element;
          await frame();
        }
        throw new Error('paste-200: timed out');
      };
      const data = new DataTransfer();
      data.setData('text/plain', text);
      data.setData('text/html', markup);
      const start = performance.now();
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      const button = (await until(() => document.querySelector('[data-testid="choice-dialog"] .is-primary'))) as HTMLButtonElement;
      const preview = performance.now() - start;
      const clicked = performance.now();
      button.click();
      await until(() => [...document.querySelectorAll('[data-testid="card"]')].find((card) => card.textContent?.includes('Pasted 1.1')) ?? null);
      const drawn = (await frame()) - clicked;
      const shown = [...document.querySelectorAll('[data-testid="card"]')].filter((card) => card.textContent?.includes('Pasted ')).length;
      return { preview, drawn, shown };
    },
    [plain, html] as const,
  );
}

export async function benchPasteTable(): Promise<void> {
  const doc = generateMap({ scenes: COLUMNS, lanes: ROWS + 1, cards: 120 });
  const plain = tsvText(range);
  const html = tableHtml(range);
  const target = firstCell(doc);
  let n = 0;
  const options = { newId: () => `id${++n}`, sceneTitle: (taken: string[]) => `Scene ${taken.length + 1}` };
  const readMs = time(20, () => void readTable(plain, html));
  const planMs = time(20, () => void planTablePaste(doc, range, target, options));
  const plan = planTablePaste(doc, range, target, options);
  if (plan.ids.length !== ROWS * COLUMNS) throw new Error(`paste-200: only ${plan.ids.length} cards planned`);

  await withMapInBrowser(doc, 'paste.cjm', async (page) => {
    await page.keyboard.press('Escape');
    const column = (await page.locator(`[data-testid="scene-header"][data-scene-id="${target.sceneId}"]`).boundingBox())!;
    const row = (await page.locator(`[data-testid="lane-header"][data-lane-id="${target.laneId}"]`).boundingBox())!;
    await page.mouse.click(column.x + column.width / 2, row.y + row.height * 0.97);
    const previews: number[] = [];
    const draws: number[] = [];
    let shown = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const run = await pasteOnce(page, plain, html);
      // the first run warms up
      if (i > 0) {
        previews.push(run.preview);
        draws.push(run.drawn);
      }
      shown = run.shown;
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="card"]')].some((card) => card.textContent?.includes('Pasted ')));
      // The undo's own work (and the collection of what it freed) is over before the next paste.
      await page.waitForTimeout(300);
    }
    line(`paste-${ROWS * COLUMNS}`, {
      preview_ms: median(previews),
      drawn_ms: median(draws),
      drawn_p95_ms: percentile(draws, 95),
      total_ms: median(previews) + median(draws),
      cards_in_view: shown,
      read_ms: readMs,
      plan_ms: planMs,
      runs: RUNS,
    });
  });
}

// `node --experimental-strip-types tests/bench/pasteTable.bench.ts` runs this case alone.
if (import.meta.filename === process.argv[1]) await benchPasteTable();
