import { useTranslation } from 'react-i18next';
import { setLocale } from '../i18n.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('toolbar.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void setLocale(e.target.value === 'zh-CN' ? 'zh-CN' : 'en')}
        data-testid="language"
      >
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
