// Never lose work: the process dies (SIGKILL, as a crash or a power cut would end it) with
// unsaved changes; the next start offers them back, named and timed, to restore or discard.
import fs from 'node:fs';
import path from 'node:path';
import { documentOf, pickTemplate } from './helpers.ts';
import { expect, startShell, test } from './webShell.ts';

test('unsaved work survives a killed process and is restored as it was', async ({ page, shell }) => {
  // A saved map, then an edit that is not saved; and the draft written a moment later.
  await page.goto(shell.url);
  await page.getByRole('button', { name: /New from template/ }).click();
  await pickTemplate(page);
  await page.getByTestId('card').first().waitFor();
  await page.keyboard.press('Control+s');
  await page.getByTestId('file-dialog').getByTestId('file-name-input').fill('dealer');
  await page.getByTestId('file-dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
  const card = page.getByTestId('card').first();
  const cardId = (await card.getAttribute('data-card-id')) as string;
  await card.dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('到店后没人接待 — written just before the crash');
  await page.keyboard.press('Control+Enter');
  const edited = await documentOf(page);
  const drafts = path.join(shell.userData, 'recovery');
  await expect.poll(() => (fs.existsSync(drafts) ? fs.readdirSync(drafts).length : 0), { timeout: 10_000 }).toBe(2);

  // The shell is killed; a new one starts on the same folders.
  const crashedUrl = new URL(shell.url);
  await killShellAt(crashedUrl);
  const next = await startShell(shell.root, shell.userData);
  try {
    await page.goto(next.url);
    const dialog = page.getByTestId('recovery-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('recovery-item')).toHaveCount(1);
    await expect(dialog.getByTestId('recovery-item')).toContainText('Car dealer journey');
    await expect(dialog.getByTestId('recovery-item')).toContainText('dealer.cjm');
    await page.screenshot({ path: test.info().outputPath('recovery-dialog.png') });
    await dialog.getByRole('button', { name: 'Restore' }).click();

    await expect(page.locator(`[data-card-id="${cardId}"]`)).toContainText('written just before the crash');
    await expect(page.getByTestId('file-name')).toContainText('dealer.cjm');
    await expect(page.getByTestId('unsaved-marker')).toBeVisible();
    expect((await documentOf(page)).cards).toEqual(edited.cards);

    // Saving writes it to the original file (unchanged since, so no question) and clears the draft.
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
    await expect.poll(() => fs.readdirSync(drafts).length).toBe(0);
    // A reload shows the map again, saved: no draft is left to offer.
    await page.reload();
    await expect(page.getByTestId('file-name')).toHaveText('dealer.cjm');
    await expect(page.getByTestId('unsaved-marker')).toHaveCount(0);
    await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
    expect(fs.readdirSync(drafts)).toEqual([]);
  } finally {
    await next.kill();
  }
});

test('an untitled map is recovered too, and Discard removes the draft', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: /New blank map/ }).click();
  await expect(page.getByTestId('scene-header')).toHaveCount(3);
  // An edit, then the window loses focus: the draft is written at once, not after the delay.
  await page.getByTestId('stage-header').first().dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Workshop at the dealer');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  const drafts = path.join(shell.userData, 'recovery');
  await expect.poll(() => (fs.existsSync(drafts) ? fs.readdirSync(drafts).length : 0), { timeout: 2500 }).toBe(2);

  await killShellAt(new URL(shell.url));
  const next = await startShell(shell.root, shell.userData);
  try {
    await page.goto(next.url);
    const item = page.getByTestId('recovery-item');
    await expect(item).toContainText('never saved');
    await item.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
    expect(fs.readdirSync(drafts)).toEqual([]);
  } finally {
    await next.kill();
  }
});

test('several recovered maps: each can be restored in turn, the rest wait on the start screen', async ({ page, shell }) => {
  // Two windows with unsaved maps when the process dies.
  const second = await page.context().newPage();
  for (const [tab, title] of [[page, 'Test drive'], [second, 'After-sales']] as const) {
    await tab.goto(shell.url);
    await tab.getByRole('button', { name: /New blank map/ }).click();
    await tab.getByTestId('stage-header').first().dblclick();
    await tab.keyboard.press('Control+a');
    await tab.keyboard.insertText(title);
    await tab.keyboard.press('Enter');
    await tab.evaluate(() => window.dispatchEvent(new Event('blur')));
  }
  const drafts = path.join(shell.userData, 'recovery');
  await expect.poll(() => (fs.existsSync(drafts) ? fs.readdirSync(drafts).length : 0), { timeout: 5000 }).toBe(4);

  await killShellAt(new URL(shell.url));
  const next = await startShell(shell.root, shell.userData);
  try {
    await page.goto(next.url);
    const dialog = page.getByTestId('recovery-dialog');
    await expect(dialog.getByTestId('recovery-item')).toHaveCount(2);
    await dialog.getByRole('button', { name: 'Restore' }).first().click();
    await expect(page.getByTestId('notice')).toContainText('One more recovered map waits on the start screen');
    await expect(page.getByTestId('unsaved-marker')).toBeVisible();

    // Closed without saving: back on the start screen the other map is still offered.
    await page.keyboard.press('Control+w');
    await page.getByTestId('unsaved-dialog').getByRole('button', { name: "Don't save" }).click();
    const waiting = page.getByTestId('waiting-drafts');
    await expect(waiting).toContainText('One unsaved map from an earlier session');
    await page.screenshot({ path: test.info().outputPath('waiting-drafts.png') });
    await waiting.getByRole('button', { name: 'Review…' }).click();
    await expect(dialog.getByTestId('recovery-item')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect(waiting).toHaveCount(0);
    expect(fs.readdirSync(drafts)).toEqual([]);
  } finally {
    await second.close();
    await next.kill();
  }
});

/** Kills the fixture's shell process the hard way: found by the port it listens on. */
async function killShellAt(url: URL): Promise<void> {
  const { execFileSync } = await import('node:child_process');
  const pids = execFileSync('sh', ['-c', `ss -ltnp 'sport = :${url.port}' | grep -o 'pid=[0-9]*' | cut -d= -f2`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
  await expect.poll(() => pids.every((pid) => !fs.existsSync(`/proc/${pid}`))).toBe(true);
}
