// Linking touchpoints the way a person does it: press on a card's link handle, drop anywhere on
// the next card. A link between neighbours is a straight, readable arrow with its label clear of
// the arrowhead, and screen readers hear the cards' texts, not their ids.
import type { Locator, Page } from '@playwright/test';
import { cardById, center, documentOf, newFromTemplate } from './helpers.ts';
import { expect, test } from './webShell.ts';

const FROM = 'card-aware-video-touchpoints-1';
const TO = 'card-aware-friends-touchpoints-1';

const sourceHandle = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.source`);

/** Presses on the source card's link handle and moves, in steps, to the middle of `target`. */
async function dragLink(page: Page, fromId: string, target: Locator, { release = true } = {}) {
  await cardById(page, fromId).hover();
  const start = await center(sourceHandle(page, fromId));
  const end = await center(target);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 4, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 12 });
  if (release) await page.mouse.up();
}

/** Points of the drawn link in page coordinates: `count` of them along its last `tail` flow pixels. */
const tailPoints = (page: Page, tail: number, count: number) =>
  page.locator('.react-flow__edge-path.path-edge').evaluate(
    (path: SVGPathElement, [tail, count]) => {
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      return Array.from({ length: count + 1 }, (_, i) => {
        const p = path.getPointAtLength(Math.max(0, total - tail + (tail * i) / count));
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      });
    },
    [tail, count] as const,
  );

test('drop anywhere on a touchpoint card links it; neighbours get a straight arrow with a readable label', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newFromTemplate(page, shell.url);

  // Only touchpoint cards take a link: a needs card does not.
  await dragLink(page, FROM, cardById(page, 'card-aware-friends-needs-1'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // While the pointer is over the target card, the card says it will take the link.
  await dragLink(page, FROM, cardById(page, TO), { release: false });
  await expect(cardById(page, TO)).toHaveClass(/is-link-target/);
  await page.screenshot({ path: test.info().outputPath(`link-hover-en.png`) });
  await page.mouse.up();
  await expect(cardById(page, TO)).not.toHaveClass(/is-link-target/);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(Object.values((await documentOf(page)).links)).toEqual([expect.objectContaining({ fromCardId: FROM, toCardId: TO })]);

  // Straight from the right edge of one card to the left edge of the next.
  const edge = page.locator('.react-flow__edge-path.path-edge');
  const line = await edge.evaluate((path: SVGPathElement) => {
    const m = path.getScreenCTM()!;
    const at = (l: number) => {
      const p = path.getPointAtLength(l);
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    };
    return { start: at(0), end: at(path.getTotalLength()), height: path.getBBox().height };
  });
  const fromBox = (await cardById(page, FROM).boundingBox())!;
  const toBox = (await cardById(page, TO).boundingBox())!;
  expect(line.height).toBeLessThan(1);
  expect(Math.abs(line.start.x - (fromBox.x + fromBox.width))).toBeLessThan(3);
  expect(Math.abs(line.end.x - toBox.x)).toBeLessThan(3);

  // The label sits clear of the arrowhead (the last 24 px of the line and the 10 px either side).
  await edge.dispatchEvent('dblclick');
  const dialog = page.getByTestId('text-dialog');
  await dialog.getByRole('textbox').fill('Friend recommends');
  await dialog.getByRole('button', { name: 'OK' }).click();
  const label = page.getByTestId('path-label');
  await expect(label).toHaveText('Friend recommends');
  const labelBox = (await label.boundingBox())!;
  const zoom = Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  for (const p of await tailPoints(page, 24, 8)) {
    const clear = p.x < labelBox.x || p.x > labelBox.x + labelBox.width || p.y + 10 * zoom < labelBox.y || p.y - 10 * zoom > labelBox.y + labelBox.height;
    expect(clear, `arrowhead point ${p.x},${p.y} under the label ${JSON.stringify(labelBox)}`).toBe(true);
  }

  // Screen readers hear the cards' texts.
  const edgeGroup = page.locator('.react-flow__edge');
  await expect(edgeGroup).toHaveAttribute('aria-label', "Path: Dealer's short-video account → Brand stand at the regional auto show (Friend recommends)");
  const ids = await page.locator('.react-flow [aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').filter((l) => /card-|link-/.test(l)));
  expect(ids).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`link-neighbours-en.png`) });

  await page.getByTestId('language').selectOption('zh-CN');
  await expect(edgeGroup).toHaveAttribute('aria-label', /^路径：.+ → .+（Friend recommends）$/);
  const next = cardById(page, 'card-choose-compare-touchpoints-1');
  await dragLink(page, TO, next, { release: false });
  await expect(next).toHaveClass(/is-link-target/);
  await page.screenshot({ path: test.info().outputPath(`link-hover-zh.png`) });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge').nth(1)).toHaveAttribute('aria-label', '路径：Brand stand at the regional auto show → Model page on the brand website');
  await page.screenshot({ path: test.info().outputPath(`link-neighbours-zh.png`) });
});
