// App-wide guards: no navigation, no new windows (a web link opens in the browser only once the
// user agrees), no webviews, no permissions but one: the app's own visible window may go full
// screen (presenting a map).
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import type { Locale } from '../../shared/model.ts';
import { linkToOffer } from '../services/externalLinks.ts';
import { linkDialogText, localeFromSystem } from './i18n.ts';

export function applySecurityGuards(locale: () => Locale = () => localeFromSystem(app.getLocale())): void {
  app.on('web-contents-created', (_event, contents) => {
    // The app is one page; anything else that tries to load in its window is refused,
    // in the main frame (will-navigate) and in any frame inside it (will-frame-navigate).
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    let asking = false;
    contents.setWindowOpenHandler(({ url, disposition }) => {
      const address = linkToOffer(url, disposition);
      const owner = BrowserWindow.fromWebContents(contents);
      // One question at a time, and only in a window the user can see: a page that asks again
      // and again, or the hidden export window, gets nothing.
      if (address && owner?.isVisible() && !asking) {
        asking = true;
        void confirmAndOpen(owner, address, locale())
          // no browser to open it with: nothing more to do than not opening it
          .catch(() => undefined)
          .finally(() => {
            asking = false;
          });
      }
      return { action: 'deny' };
    });
  });
  denyPermissions(session.defaultSession);
  // and in every other session (the export window has its own)
  app.on('session-created', denyPermissions);
}

/** Shows the whole address; the browser opens only on Open (Cancel is the default and Esc). */
async function confirmAndOpen(owner: BrowserWindow, address: string, locale: Locale): Promise<void> {
  const text = (key: Parameters<typeof linkDialogText>[1]) => linkDialogText(locale, key, { url: address });
  const { response } = await dialog.showMessageBox(owner, {
    type: 'question',
    buttons: [text('open'), text('cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: text('message'),
    detail: text('detail'),
  });
  if (response === 0) await shell.openExternal(address);
}

/** The one permission granted: full screen, to a visible window of the app presenting a map. */
export function grantsPermission(permission: string, contents: Electron.WebContents | null): boolean {
  if (permission !== 'fullscreen' || !contents) return false;
  return BrowserWindow.fromWebContents(contents)?.isVisible() ?? false;
}

function denyPermissions(target: Electron.Session): void {
  target.setPermissionRequestHandler((contents, permission, callback) => callback(grantsPermission(permission, contents)));
  target.setPermissionCheckHandler((contents, permission) => grantsPermission(permission, contents));
}
