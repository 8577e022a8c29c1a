// App-wide guards: no navigation, no new windows, no webviews, no permissions.
import { app, session, shell } from 'electron';

export function applySecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    // The app is one page; anything else that tries to load in its window is refused.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link the user clicked may open in their browser, and only if it is http(s).
      try {
        const { protocol } = new URL(url);
        if (protocol === 'https:' || protocol === 'http:') void shell.openExternal(url);
      } catch {
        // not a URL: ignore
      }
      return { action: 'deny' };
    });
  });
  denyPermissions(session.defaultSession);
  // and in every other session (the export window has its own)
  app.on('session-created', denyPermissions);
}

function denyPermissions(target: Electron.Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
