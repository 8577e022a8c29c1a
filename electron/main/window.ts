// The map window: locked-down web preferences, and the Save / Don't save / Cancel question
// asked here in main as the window closes.
import { BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { IPC, type WindowState } from '../../shared/api.ts';
import { menuText } from './i18n.ts';

export const RENDERER_INDEX = path.join(import.meta.dirname, '../renderer/index.html');
const PRELOAD = path.join(import.meta.dirname, '../preload/preload.cjs');

export interface MapWindow {
  window: BrowserWindow;
  /** what the renderer last reported: title, unsaved changes, UI language */
  state: WindowState;
  /** the page has started and takes commands (its first state report); false again while it reloads */
  ready: boolean;
  /** the recovery draft the page writes, handed over if the page crashes */
  draftId: string | null;
  /** the renderer finished 'save-and-quit': close if it saved, stay open if not */
  afterSave(saved: boolean): void;
}

/**
 * `onRendererGone`: the page crashed or was killed while the app runs on; its recovery draft is
 * handed over before the window reloads, so the fresh page offers it back.
 */
export function createMapWindow(devServerUrl: string | undefined, onRendererGone: (draftId: string) => void): MapWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // a middle click must not open links in a new window
      disableBlinkFeatures: 'Auxclick',
    },
  });
  let closeConfirmed = false;
  let savingToClose = false;
  const entry: MapWindow = {
    window,
    state: { title: 'Journey Mapper', dirty: false, locale: 'en' },
    ready: false,
    draftId: null,
    afterSave(saved) {
      if (!savingToClose) return;
      savingToClose = false;
      if (saved) {
        closeConfirmed = true;
        window.close();
      }
    },
  };

  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => (entry.ready = false));
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (entry.draftId) onRendererGone(entry.draftId);
    entry.draftId = null;
    // The dead page cannot save; what it had is in the draft now offered by the reloaded page.
    entry.state = { ...entry.state, dirty: false };
    if (!window.isDestroyed()) window.webContents.reload();
  });
  window.on('close', (event) => {
    if (closeConfirmed || !entry.state.dirty || window.webContents.isCrashed()) return;
    event.preventDefault();
    const { locale, title } = entry.state;
    const name = title.replace(/^● /, '').split(' — ')[0] ?? '';
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: [menuText(locale, 'save'), menuText(locale, 'dontSave'), menuText(locale, 'cancel')],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: menuText(locale, 'unsavedMessage', { name }),
      detail: menuText(locale, 'unsavedDetail'),
    });
    if (choice === 0) {
      savingToClose = true;
      window.webContents.send(IPC.command, 'save-and-quit');
    } else if (choice === 1) {
      closeConfirmed = true;
      window.close();
    }
  });

  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(RENDERER_INDEX);
  return entry;
}
