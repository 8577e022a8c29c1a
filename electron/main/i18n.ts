// Menu and dialog text in the main process, from the same locale files as the renderer.
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import type { Locale } from '../../shared/model.ts';

const tables: Record<Locale, typeof en> = { en, 'zh-CN': zhCN as typeof en };

export function menuText(locale: Locale, key: keyof typeof en.menu, values: Record<string, string> = {}): string {
  const text = tables[locale].menu[key] ?? en.menu[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
