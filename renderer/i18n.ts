// UI text in Chinese and English. The language follows the system until the user picks one.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../shared/locales/en.json';
import zhCN from '../shared/locales/zh-CN.json';
import type { Locale } from '../shared/model.ts';

const STORAGE_KEY = 'cjm.language';

export function systemLocale(): Locale {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return languages.some((l) => l.toLowerCase().startsWith('zh')) && !languages[0]?.toLowerCase().startsWith('en') ? 'zh-CN' : 'en';
}

function initialLocale(): Locale {
  const chosen = localStorage.getItem(STORAGE_KEY);
  return chosen === 'en' || chosen === 'zh-CN' ? chosen : systemLocale();
}

export function currentLocale(): Locale {
  return i18next.language === 'zh-CN' ? 'zh-CN' : 'en';
}

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (lng) => {
  // The right CJK glyph variant (Simplified Chinese) depends on the lang attribute.
  document.documentElement.lang = lng;
});

await i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
