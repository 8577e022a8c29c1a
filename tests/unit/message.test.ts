// Messages are kept as keys and values and translated when drawn: the same message reads in the
// language of the moment, values nested (an export's summary) and dates (a lock's time) included.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import { message, translate, verbatim } from '../../renderer/state/message.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
const inBoth = (text: Parameters<typeof translate>[2]) => ({
  en: translate(i18n.getFixedT('en'), 'en', text),
  zh: translate(i18n.getFixedT('zh-CN'), 'zh-CN', text),
});

describe('translate', () => {
  it('one message, two languages', () => {
    expect(inBoth(message('errors.not-a-map', { file: 'a.cjm' }))).toEqual({ en: 'a.cjm is not a journey map file.', zh: 'a.cjm 不是旅程地图文件。' });
  });

  it('plural counts, nested messages and dates follow the language too', () => {
    expect(inBoth(message('notice.recordsDropped', { count: 2 })).en).toMatch(/^2 records/);
    const exported = inBoth(message('notice.exported', { file: 'm.png', what: message('export.summaryPng', { width: 10, height: 20 }) }));
    expect(exported.en).toBe(`Exported m.png (${en.export.summaryPng.replace('{{width}}', '10').replace('{{height}}', '20')}).`);
    expect(exported.zh).toContain(zhCN.export.summaryPng.replace('{{width}}', '10').replace('{{height}}', '20'));
    const since = Date.UTC(2026, 0, 2, 3, 4);
    const locked = inBoth(message('notice.lockedBy', { name: 'm.cjm', user: 'ann', host: 'pc', since: { date: since } }));
    expect(locked.en).toContain(new Date(since).toLocaleString('en'));
    expect(locked.zh).toContain(new Date(since).toLocaleString('zh-CN'));
  });

  it('verbatim text and plain strings stay as they are', () => {
    expect(inBoth(verbatim('disk on fire'))).toEqual({ en: 'disk on fire', zh: 'disk on fire' });
    expect(inBoth('Workshop label')).toEqual({ en: 'Workshop label', zh: 'Workshop label' });
  });
});
