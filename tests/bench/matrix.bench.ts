// matrix-200: frame times while one dot of the opportunity matrix is dragged with the mouse, in
// many small steps, across a map with 200 scored opportunities (the web shell, built renderer).
import { metricsReader, percentile, recordFrames, withMapInBrowser } from './browser.ts';
import type { Card, JourneyDoc } from '../../shared/model.ts';
import { firstKeys } from '../../shared/order.ts';
import { generateMap } from './generateMap.ts';
import { line } from './measure.ts';

const OPPORTUNITIES = 200;
const STEPS = 240;

/** A 20-scene map whose opportunities lane holds `count` cards, each scored on all four criteria. */
export function scoredOpportunitiesMap(count = OPPORTUNITIES): JourneyDoc {
  const doc = generateMap({ scenes: 20, lanes: 6, cards: 120 });
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'opportunities');
  if (!lane) throw new Error('the generated map has no opportunities lane');
  const scenes = Object.keys(doc.scenes);
  const perScene = Math.ceil(count / scenes.length);
  const keys = firstKeys(perScene);
  const score = (n: number) => ({ value: 1 + (n % 5), reason: `reason ${n}` });
  for (let i = 0; i < count; i++) {
    const id = `opp${i}`;
    const card: Card = {
      id,
      laneId: lane.id,
      sceneId: scenes[i % scenes.length] as string,
      order: keys[Math.floor(i / scenes.length)] as string,
      text: `Opportunity ${i + 1}`,
      scores: { need: score(i), pain: score(i * 3 + 1), visibility: score(i * 7 + 2), feasibility: score(i * 11 + 3) },
    };
    doc.cards[id] = card;
  }
  return doc;
}

export async function benchMatrix(): Promise<void> {
  await withMapInBrowser(scoredOpportunitiesMap(), 'matrix.cjm', async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+O');
    const matrix = page.getByTestId('opportunity-matrix');
    await matrix.waitFor();
    const dots = await matrix.getByTestId('matrix-dot').count();
    if (dots < OPPORTUNITIES) throw new Error(`matrix-200: only ${dots} dots placed`);
    await page.waitForTimeout(300);

    // The dot of the first opportunity, dragged from where it is in a zigzag over the whole plot.
    const plot = (await matrix.locator('svg').boundingBox())!;
    const from = (await matrix.locator('[data-opportunity="opp0"]').boundingBox())!;
    const metrics = await metricsReader(page);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    const before = await metrics();
    const stop = await recordFrames(page);
    for (let i = 1; i <= STEPS; i++) {
      const t = i / STEPS;
      const x = plot.x + 50 + t * (plot.width - 100);
      const y = plot.y + 50 + (0.5 + 0.45 * Math.sin(t * Math.PI * 6)) * (plot.height - 100);
      await page.mouse.move(x, y);
    }
    const frames = await stop();
    const after = await metrics();
    await page.mouse.up();
    // main-thread time per pointer move: the part of a frame the matrix itself costs
    const perMove = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / STEPS;
    line(`matrix-${OPPORTUNITIES}`, { p95: percentile(frames, 95), p50: percentile(frames, 50), frames: frames.length, moves: STEPS, task_ms_per_move: perMove('TaskDuration'), script_ms_per_move: perMove('ScriptDuration') });
  });
}

// `node --experimental-strip-types tests/bench/matrix.bench.ts` runs this case alone.
if (import.meta.filename === process.argv[1]) await benchMatrix();
