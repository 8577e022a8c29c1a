// The render host outside Electron: a headless Chromium-family browser driven by
// playwright-core. Which browser: $CHROMIUM_PATH, else the first installed Chromium, Chrome
// or Edge in the usual places. It is started offline: an export looks up no host.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { ApiError } from '../../../shared/api.ts';
import { RENDERED_SIGNAL, placeImageScript, showRegion, type RenderHost, type Region } from './renderHost.ts';

function candidates(): string[] {
  const env = process.env;
  if (process.platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      path.join(root, 'Google/Chrome/Application/chrome.exe'),
      path.join(root, 'Microsoft/Edge/Application/msedge.exe'),
      path.join(root, 'Chromium/Application/chrome.exe'),
    ]);
  }
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/**
 * Debian's /usr/bin/chromium is a shell script that adds the flags in /etc/chromium.d (remote
 * extensions, Google API keys) before it runs the browser: those make the browser call Google
 * at start. The browser itself, started with our flags only, does not.
 */
const LAUNCHER_SCRIPTS: Record<string, string> = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser': '/usr/lib/chromium/chromium',
};

function withoutLauncherScript(file: string): string {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return file;
  }
  const binary = LAUNCHER_SCRIPTS[real];
  if (!binary || !fs.existsSync(binary)) return file;
  const head = Buffer.alloc(2);
  const fd = fs.openSync(real, 'r');
  try {
    fs.readSync(fd, head, 0, 2, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === '#!' ? binary : file;
}

/**
 * No lookups and no connections: every host name fails to resolve inside the browser, and the
 * services that call Google at start (component and extension updates, sync, field trials,
 * pings, reliability reports, first-run tasks) stay off. Several of these repeat playwright's
 * defaults on purpose, so they hold whatever its defaults become. No --disable-features here:
 * Chromium keeps only the last one given, which would drop playwright's own list (it turns off
 * optimization hints, network time queries and search preconnects).
 */
export const OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pings',
  '--disable-domain-reliability',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-client-side-phishing-detection',
  '--disable-field-trial-config',
  '--disable-breakpad',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The browser to print with, or an error that says what to install. */
export function findChromium(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (fs.existsSync(chosen)) return withoutLauncherScript(chosen);
    throw new ApiError({ code: 'no-browser', message: `CHROMIUM_PATH points to ${chosen}, which does not exist`, params: { path: chosen } });
  }
  const found = candidates().find((file) => fs.existsSync(file));
  if (found) return withoutLauncherScript(found);
  throw new ApiError({
    code: 'no-browser',
    message:
      'PDF and PNG export need Chromium, Google Chrome or Microsoft Edge: install one (Debian/Ubuntu: apt install chromium) or set CHROMIUM_PATH to its program file',
  });
}

class ChromiumHost implements RenderHost {
  readonly #browser: Browser;
  readonly #page: Page;
  readonly #cdp: CDPSession;
  #transparent = false;
  #viewport = { width: 0, height: 0 };

  constructor(browser: Browser, page: Page, cdp: CDPSession) {
    this.#browser = browser;
    this.#page = page;
    this.#cdp = cdp;
  }

  async load(html: string): Promise<void> {
    await this.#page.setContent(html, { waitUntil: 'load' });
    await this.#page.evaluate(RENDERED_SIGNAL);
  }

  async pdf(): Promise<Uint8Array> {
    return this.#page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: false, outline: false });
  }

  async capture(region: Region, scale: number, transparent: boolean): Promise<Buffer> {
    if (transparent !== this.#transparent) {
      await this.#cdp.send('Emulation.setDefaultBackgroundColorOverride', transparent ? { color: { r: 0, g: 0, b: 0, a: 0 } } : {});
      this.#transparent = transparent;
    }
    // Only the viewport is painted: moving the map under a region-sized viewport keeps each
    // capture as cheap as its own pixels.
    const viewport = { width: Math.ceil(region.width), height: Math.ceil(region.height) };
    if (viewport.width !== this.#viewport.width || viewport.height !== this.#viewport.height) {
      await this.#page.setViewportSize(viewport);
      this.#viewport = viewport;
    }
    await this.#page.evaluate(showRegion(region));
    const shot = await this.#cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y: 0, width: region.width, height: region.height, scale },
      optimizeForSpeed: true,
    });
    return Buffer.from(shot.data, 'base64');
  }

  async placeImage(id: string, href: string): Promise<void> {
    await this.#page.evaluate(placeImageScript(id, href));
  }

  async close(): Promise<void> {
    await this.#browser.close();
  }
}

export async function openChromiumHost(): Promise<RenderHost> {
  const executablePath = findChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: OFFLINE_ARGS });
  } catch (error) {
    throw new ApiError({
      code: 'no-browser',
      message: `${executablePath} could not be started: ${(error as Error).message.split('\n')[0]}`,
      params: { path: executablePath },
    });
  }
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  // The export page is ours and offline: nothing may be fetched.
  await page.route(/^(?!data:|about:)/, (route) => route.abort());
  return new ChromiumHost(browser, page, await page.context().newCDPSession(page));
}
