// The native menu. Items send commands to the renderer, which owns the document; the
// renderer handles the shortcuts itself (registerAccelerator: false), so a key never runs twice.
import { app, Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC, type MenuCommand, type RecentFile } from '../../shared/api.ts';
import { COMMANDS, type CommandId } from '../../shared/commands.ts';
import { toAccelerator } from '../../shared/shortcuts.ts';
import type { Locale } from '../../shared/model.ts';
import { menuText } from './i18n.ts';

export function buildMenu(locale: Locale, recent: RecentFile[], window: () => BrowserWindow | null): void {
  const t = (key: Parameters<typeof menuText>[1]) => menuText(locale, key);
  const send = (command: MenuCommand) => () => window()?.webContents.send(IPC.command, command);
  // Label and accelerator from the command's one description (shared/commands.ts).
  const item = (command: CommandId): MenuItemConstructorOptions => {
    const spec = COMMANDS[command];
    const key: string | undefined = 'keys' in spec ? spec.keys[0] : undefined;
    return { label: t(spec.label), accelerator: key ? toAccelerator(key) : undefined, registerAccelerator: false, click: send(command) };
  };
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t('noRecent'), enabled: false }]
      : recent.filter((file) => file.exists).map((file) => ({ label: `${file.title} — ${file.path}`, click: send(`open-path:${file.path}`) }));

  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        item('new'),
        item('new-from-template'),
        { type: 'separator' },
        item('open'),
        { label: t('openRecent'), submenu: recentItems },
        { type: 'separator' },
        item('save'),
        item('save-as'),
        item('save-version'),
        item('versions'),
        item('export'),
        item('copy-mermaid'),
        item('save-mermaid'),
        item('save-json'),
        item('save-xlsx'),
        item('save-csv'),
        { type: 'separator' },
        item('close'),
        ...(process.platform === 'darwin' ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        item('undo'),
        item('redo'),
        { type: 'separator' },
        // Cut, copy and paste raise the page's clipboard events, which the map handles for cards.
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        item('copy-map-table'),
        item('duplicate'),
        item('delete'),
        item('select-all'),
        { type: 'separator' },
        item('find'),
        item('personas'),
      ],
    },
    {
      label: t('view'),
      submenu: [
        item('zoom-in'),
        item('zoom-out'),
        item('zoom-fit'),
        item('zoom-selection'),
        item('toggle-minimap'),
        item('opportunity-matrix'),
        item('pain-board'),
        item('views'),
        item('present'),
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
        item('shortcuts'),
        { type: 'separator' },
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
