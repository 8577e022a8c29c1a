// Menu and dialog text in the main process, from the same locale files as the renderer.
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import type { Locale } from '../../shared/model.ts';

const tables: Record<Locale, typeof en> = { en, 'zh-CN': zhCN as typeof en };

export function menuText(locale: Locale, key: keyof typeof en.menu, values: Record<string, string> = {}): string {
  const text = tables[locale].menu[key] ?? en.menu[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

// The dialog before a link opens in the browser. Kept here, not in the locale files, since
// only the main process shows it.
const LINK_DIALOG: Record<Locale, { message: string; detail: string; open: string; cancel: string }> = {
  en: {
    message: 'Open this address in your web browser?',
    detail: '{{url}}\n\nOpen it only if you trust where it leads.',
    open: 'Open',
    cancel: 'Cancel',
  },
  'zh-CN': {
    message: '在网页浏览器中打开此地址？',
    detail: '{{url}}\n\n仅在你信任此地址时打开。',
    open: '打开',
    cancel: '取消',
  },
};

export function linkDialogText(locale: Locale, key: keyof (typeof LINK_DIALOG)['en'], values: Record<string, string> = {}): string {
  return LINK_DIALOG[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The app's language from the system's locale (Chromium's, e.g. `zh-CN`, `zh-TW`, `en-GB`). */
export const localeFromSystem = (systemLocale: string): Locale => (systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
