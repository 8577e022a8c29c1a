// The render host in Electron: a hidden, sandboxed window with no preload that loads the
// export page from a temporary file and prints it (printToPDF) or photographs it (capturePage).
import { BrowserWindow, session } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPageKey, exportRequestAllowed } from '../services/export/exportRequests.ts';
import { RENDERED_SIGNAL, placeImageScript, showRegion, type RenderHost, type Region } from '../services/export/renderHost.ts';

// Its own in-memory session, so blocking requests here leaves the main window's alone.
let exportSession: Electron.Session | undefined;
/** the export.html of every export window open now: the only files the session may load */
const exportPages = new Set<string>();
function offlineSession(): Electron.Session {
  if (!exportSession) {
    exportSession = session.fromPartition('export');
    // No URL filter: every request, of any scheme, is decided here; the page's own CSP
    // (shared/export/printPage.ts) refuses everything but inline styles and data: images too.
    exportSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !exportRequestAllowed(details.url, exportPages) }));
  }
  return exportSession;
}

export async function openExportWindow(): Promise<RenderHost> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-mapper-export-'));
  const file = path.join(folder, 'export.html');
  const page = exportPageKey(file);
  exportPages.add(page);
  const window = new BrowserWindow({
    show: false,
    width: 1200,
    height: 800,
    useContentSize: true,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      // The page runs no script of its own (its CSP: script-src 'none'); JavaScript stays on
      // because executeJavaScript, which waits for fonts and moves the map under the camera,
      // runs in this page and does not run with it off.
      javascript: true,
      webSecurity: true,
      spellcheck: false,
      // a middle click must not open links in a new window
      disableBlinkFeatures: 'Auxclick',
      offscreen: true,
      session: offlineSession(),
    },
  });
  const contents = window.webContents;
  let size = { width: 0, height: 0 };
  return {
    async load(html) {
      fs.writeFileSync(file, html);
      await window.loadFile(file);
      await contents.executeJavaScript(RENDERED_SIGNAL);
    },
    async pdf() {
      return contents.printToPDF({ printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, generateTaggedPDF: false });
    },
    async capture(region: Region, scale: number, transparent: boolean) {
      const wanted = { width: Math.ceil(region.width), height: Math.ceil(region.height) };
      if (wanted.width !== size.width || wanted.height !== size.height) {
        window.setContentSize(wanted.width, wanted.height);
        size = wanted;
      }
      window.setBackgroundColor(transparent ? '#00000000' : '#ffffff');
      contents.enableDeviceEmulation({
        screenPosition: 'desktop',
        screenSize: wanted,
        viewPosition: { x: 0, y: 0 },
        deviceScaleFactor: scale,
        viewSize: wanted,
        scale: 1,
      });
      await contents.executeJavaScript(`${showRegion(region)}; ${RENDERED_SIGNAL}`);
      const image = await contents.capturePage({ x: 0, y: 0, width: wanted.width, height: wanted.height }, { stayHidden: true });
      return image.toPNG();
    },
    async placeImage(id: string, href: string) {
      await contents.executeJavaScript(placeImageScript(id, href));
    },
    async close() {
      window.destroy();
      exportPages.delete(page);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
