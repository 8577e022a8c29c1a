// The viewer's language: the reader's last choice in this browser, else the map's own. Set up
// before the first render (the viewer is one classic script: no top-level await).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/locales/en.json';
import zhCN from '../../shared/locales/zh-CN.json';
import type { Locale } from '../../shared/model.ts';

const STORAGE_KEY = 'cjm.viewer.language';

// A file opened from disk may have no storage (a browser's privacy settings): the choice then lasts the visit.
function stored(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'zh-CN' ? value : null;
  } catch {
    return null;
  }
}

export function startI18n(mapLocale: Locale | undefined): void {
  const lng = stored() ?? mapLocale ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
}

export function switchLanguage(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // kept for this visit only
  }
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
