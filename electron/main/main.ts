// Electron entry: wires the Node services to IPC, one locked-down window per map, the menu.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { IPC, WindowStateSchema, type FileKind } from '../../shared/api.ts';
import type { Locale } from '../../shared/model.ts';
import { DocumentService } from '../services/documents.ts';
import { ExportService } from '../services/exportService.ts';
import { createHandlers } from '../services/handlers.ts';
import { createGate } from '../services/ipcGate.ts';
import { ChosenPaths } from '../services/pathPolicy.ts';
import { mapsInArgs } from '../services/launchArgs.ts';
import { isTrustedSenderUrl, trustedDevServerUrl } from '../services/trustedSender.ts';
import { Parser } from '../services/parser/parser.ts';
import { openExportWindow } from './exportWindow.ts';
import { electronParseChild } from './parseProcess.ts';
import { menuText } from './i18n.ts';
import { buildMenu } from './menu.ts';
import { applySecurityGuards } from './security.ts';
import { RENDERER_INDEX, createMapWindow, type MapWindow } from './window.ts';

const devServerUrl = trustedDevServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const windows = new Map<number, MapWindow>();
/** maps the system asked us to open (a double-click, a second launch) before a page could take them */
const pendingMaps: string[] = mapsInArgs(process.argv, process.cwd());
/** hands a map to a window that is ready (set once the app has started) */
let openMap = (file: string) => void pendingMaps.push(file);

function systemLocale(): Locale {
  return app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const trustedUrl = (url: string | undefined) => isTrustedSenderUrl(url, { indexFile: RENDERER_INDEX, devServerUrl });
const trusted = (frame: Electron.WebFrameMain | null) => trustedUrl(frame?.url);

function windowOf(event: { sender: Electron.WebContents }): MapWindow | undefined {
  const owner = BrowserWindow.fromWebContents(event.sender);
  return owner ? windows.get(owner.id) : undefined;
}

function start(): void {
  applySecurityGuards();
  const documents = new DocumentService({ userDataDir: app.getPath('userData'), appVersion: app.getVersion(), parser: new Parser({ spawn: electronParseChild }) });
  app.on('will-quit', () => {
    documents.locks.releaseAll();
    documents.dispose();
  });
  // Paths from native dialogs, plus the recent list (which only holds paths once chosen).
  const policy = new ChosenPaths((file) => documents.recent.has(file));
  const focused = () => BrowserWindow.getFocusedWindow() ?? [...windows.values()][0]?.window ?? null;
  let locale = systemLocale();
  const refreshMenu = () => buildMenu(locale, documents.recent.list(), focused);

  const mapFilter = () => ({ name: menuText(locale, 'fileFilter'), extensions: ['cjm'] });
  const openFilters = () => [
    { name: menuText(locale, 'openFilter'), extensions: ['cjm', 'png', 'pdf', 'html', 'htm', 'json', 'mmd', 'md', 'xlsx', 'csv'] },
    mapFilter(),
    { name: menuText(locale, 'mermaidFilter'), extensions: ['mmd', 'md'] },
    { name: menuText(locale, 'sheetFilter'), extensions: ['xlsx', 'csv'] },
  ];
  const saveFilters = (kind: FileKind) => (kind === 'cjm' ? [mapFilter()] : [{ name: kind.toUpperCase(), extensions: [kind] }]);
  const handlers = createHandlers({
    documents,
    exports: new ExportService({ openHost: openExportWindow, appVersion: app.getVersion() }),
    policy,
    appInfo: () => ({ version: app.getVersion(), shell: 'electron', systemLocale: systemLocale() }),
    extra: {
      'dialog:open': async () => {
        const parent = focused();
        const options = { properties: ['openFile' as const], filters: openFilters() };
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        const chosen = result.canceled ? undefined : result.filePaths[0];
        return { path: chosen ? policy.choose(chosen) : null };
      },
      'dialog:save': async ({ suggestedName, kind }) => {
        const parent = focused();
        const options = { defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)), filters: saveFilters(kind) };
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return { path: null };
        const file = path.extname(result.filePath) ? result.filePath : `${result.filePath}.${kind}`;
        return { path: policy.choose(file) };
      },
    },
  });

  const gate = createGate(handlers, trustedUrl);
  ipcMain.handle(IPC.invoke, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) => {
    const answer = await gate(event.senderFrame?.url, channel, payload);
    if (answer.ok && (channel === 'recovery:put' || channel === 'recovery:discard')) rememberDraft(windowOf(event), channel, payload);
    if (channel === 'doc:open' || channel === 'doc:save' || channel === 'recent:remove') refreshMenu();
    return answer;
  });
  // The system's maps go to the first window whose page has started (its first state report).
  const deliver = (entry: MapWindow, file: string) => entry.window.webContents.send(IPC.command, `open-path:${policy.choose(file)}`);
  openMap = (file) => {
    const entry = [...windows.values()].find((w) => w.ready);
    if (!entry) return void pendingMaps.push(file);
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.focus();
    deliver(entry, file);
  };
  ipcMain.on(IPC.windowState, (event, payload: unknown) => {
    const parsed = WindowStateSchema.safeParse(payload);
    const entry = windowOf(event);
    if (!trusted(event.senderFrame) || !parsed.success || !entry) return;
    if (!entry.ready) {
      entry.ready = true;
      // One map per window: the first goes here; a new window takes the next when it is ready.
      const file = pendingMaps.shift();
      if (file) deliver(entry, file);
      if (pendingMaps.length > 0) open();
    }
    entry.state = parsed.data;
    entry.window.setTitle(parsed.data.title);
    entry.window.setDocumentEdited(parsed.data.dirty);
    if (parsed.data.locale !== locale) {
      locale = parsed.data.locale;
      refreshMenu();
    }
  });
  ipcMain.on(IPC.closeConfirmed, (event, saved: unknown) => {
    if (!trusted(event.senderFrame) || typeof saved !== 'boolean') return;
    windowOf(event)?.afterSave(saved);
  });

  const rememberDraft = (entry: MapWindow | undefined, channel: 'recovery:put' | 'recovery:discard', payload: unknown) => {
    const id = (payload as { id: string }).id;
    if (!entry) return;
    if (channel === 'recovery:put') entry.draftId = id;
    else if (entry.draftId === id) entry.draftId = null;
  };

  const open = () => {
    const entry = createMapWindow(devServerUrl, (draftId) => documents.recovery.abandon(draftId));
    const id = entry.window.id;
    windows.set(id, entry);
    entry.window.on('closed', () => windows.delete(id));
  };
  refreshMenu();
  open();
  app.on('activate', () => {
    if (windows.size === 0) open();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const maps = mapsInArgs(argv, workingDirectory);
    for (const file of maps) openMap(file);
    const entry = [...windows.values()][0];
    if (maps.length > 0 || !entry) return;
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.focus();
  });
  // macOS hands over double-clicked files with an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openMap(file);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
