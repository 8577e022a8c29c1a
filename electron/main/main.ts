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
import { isTrustedSenderUrl } from '../services/trustedSender.ts';
import { openExportWindow } from './exportWindow.ts';
import { menuText } from './i18n.ts';
import { buildMenu } from './menu.ts';
import { applySecurityGuards } from './security.ts';
import { RENDERER_INDEX, createMapWindow, type MapWindow } from './window.ts';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const windows = new Map<number, MapWindow>();
/** the recovery draft each page (by web contents id) writes, to hand over if that page crashes */
const drafts = new Map<number, string>();

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
  const documents = new DocumentService({ userDataDir: app.getPath('userData'), appVersion: app.getVersion() });
  app.on('will-quit', () => documents.locks.releaseAll());
  // Paths from native dialogs, plus the recent list (which only holds paths once chosen).
  const policy = new ChosenPaths((file) => documents.recent.has(file));
  const focused = () => BrowserWindow.getFocusedWindow() ?? [...windows.values()][0]?.window ?? null;
  let locale = systemLocale();
  const refreshMenu = () => buildMenu(locale, documents.recent.list(), focused);

  const mapFilter = () => ({ name: menuText(locale, 'fileFilter'), extensions: ['cjm'] });
  const openFilters = () => [{ name: menuText(locale, 'openFilter'), extensions: ['cjm', 'png', 'pdf'] }, mapFilter()];
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
    if (answer.ok && (channel === 'recovery:put' || channel === 'recovery:discard')) rememberDraft(event.sender.id, channel, payload);
    if (channel === 'doc:open' || channel === 'doc:save' || channel === 'recent:remove') refreshMenu();
    return answer;
  });
  ipcMain.on(IPC.windowState, (event, payload: unknown) => {
    const parsed = WindowStateSchema.safeParse(payload);
    const entry = windowOf(event);
    if (!trusted(event.senderFrame) || !parsed.success || !entry) return;
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

  const rememberDraft = (contents: number, channel: 'recovery:put' | 'recovery:discard', payload: unknown) => {
    const id = (payload as { id: string }).id;
    if (channel === 'recovery:put') drafts.set(contents, id);
    else if (drafts.get(contents) === id) drafts.delete(contents);
  };

  const open = () => {
    let contents = -1;
    const entry = createMapWindow(devServerUrl, () => {
      const draft = drafts.get(contents);
      if (draft) documents.recovery.abandon(draft);
      drafts.delete(contents);
    });
    const id = entry.window.id;
    contents = entry.window.webContents.id;
    windows.set(id, entry);
    entry.window.on('closed', () => {
      windows.delete(id);
      drafts.delete(contents);
    });
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
  app.on('second-instance', () => {
    const entry = [...windows.values()][0];
    if (entry?.window.isMinimized()) entry.window.restore();
    entry?.window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
