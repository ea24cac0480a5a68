// The header's language choice. Each language is named in itself ("Français", "中文") so a
// reader finds theirs whatever the page is showing; the label is in the current language.
import { useId, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { LANGUAGES, isLanguage, type Language } from '../../api/contract';
import { changeLanguage, useLanguage } from '../../state/language';

const AUTONYMS: Record<Language, { name: string; lang: string }> = {
  en: { name: 'English', lang: 'en' },
  fr: { name: 'Français', lang: 'fr' },
  zh: { name: '中文', lang: 'zh-Hans' },
};

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [failed, setFailed] = useState(false);

  const choose = (value: string) => {
    if (!isLanguage(value)) return;
    setFailed(false);
    // Loading French or Chinese strings can fail offline: keep the current language and say so.
    changeLanguage(value).catch(() => setFailed(true));
  };

  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="text-slate-700">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => choose(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={AUTONYMS[code].lang}>
            {AUTONYMS[code].name}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className="text-xs text-red-800">
          {t('language.loadFailed')}
        </span>
      )}
    </div>
  );
}
