// The native menu. Items send commands to the renderer, which owns the document; the
// renderer handles the shortcuts itself (registerAccelerator: false), so a key never runs twice.
import { app, Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC, type MenuCommand, type RecentFile } from '../../shared/api.ts';
import type { Locale } from '../../shared/model.ts';
import { menuText } from './i18n.ts';

export function buildMenu(locale: Locale, recent: RecentFile[], window: () => BrowserWindow | null): void {
  const t = (key: Parameters<typeof menuText>[1]) => menuText(locale, key);
  const send = (command: MenuCommand) => () => window()?.webContents.send(IPC.command, command);
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: send(command),
  });
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : recent.filter((file) => file.exists).map((file) => ({ label: `${file.title} — ${file.path}`, click: send(`open-path:${file.path}`) }));

  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        item(t('new'), 'new', 'CmdOrCtrl+N'),
        item(t('newFromTemplate'), 'new-from-template'),
        { type: 'separator' },
        item(t('open'), 'open', 'CmdOrCtrl+O'),
        { label: t('openRecent'), submenu: recentItems },
        { type: 'separator' },
        item(t('save'), 'save', 'CmdOrCtrl+S'),
        item(t('saveAs'), 'save-as', 'CmdOrCtrl+Shift+S'),
        item(t('saveVersion'), 'save-version', 'CmdOrCtrl+Alt+S'),
        item(t('versions'), 'versions'),
        item(t('export'), 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item(t('close'), 'close', 'CmdOrCtrl+W'),
        ...(process.platform === 'darwin' ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        item(t('undo'), 'undo', 'CmdOrCtrl+Z'),
        item(t('redo'), 'redo', process.platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z'),
        { type: 'separator' },
        // Cut, copy and paste raise the page's clipboard events, which the map handles for cards.
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        item(t('duplicate'), 'duplicate', 'CmdOrCtrl+D'),
        item(t('delete'), 'delete', 'Delete'),
        item(t('selectAll'), 'select-all', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: t('view'),
      submenu: [
        item(t('zoomIn'), 'zoom-in', 'CmdOrCtrl+='),
        item(t('zoomOut'), 'zoom-out', 'CmdOrCtrl+-'),
        item(t('zoomFit'), 'zoom-fit', 'CmdOrCtrl+0'),
        item(t('zoomSelection'), 'zoom-selection', 'Shift+2'),
        { type: 'separator' },
        {
          label: t('language'),
          submenu: [
            { label: '中文', type: 'radio', checked: locale === 'zh-CN', click: send('language:zh-CN') },
            { label: 'English', type: 'radio', checked: locale === 'en', click: send('language:en') },
          ],
        },
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('help'),
      submenu: [
        {
          label: t('about'),
          click: () => {
            const parent = window();
            const options = {
              type: 'info' as const,
              message: app.getName(),
              detail: menuText(locale, 'aboutDetail', { version: app.getVersion() }),
            };
            void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
