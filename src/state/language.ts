// Which language the dashboard speaks (the start's: url.ts). Choosing one updates i18n, the
// page's lang attribute (screen readers pick their voice from it), the link and the memory.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../api/contract';
import { initI18n, loadLanguage, useTranslation } from '../lib/i18n';
import { LANGUAGE_KEY, paramsWith, remember, writeUrl } from './url';

/** The latest choice: a language whose strings arrive after a later choice is not applied. */
let latestChoice = 0;

/** Loads the language's strings, then switches everything over at once. */
export async function changeLanguage(language: Language, options: { writeUrl?: boolean } = {}): Promise<void> {
  const choice = ++latestChoice;
  const i18n = initI18n();
  await loadLanguage(language, i18n);
  if (choice !== latestChoice) return;
  i18n.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
  if (options.writeUrl ?? true) writeUrl(paramsWith({ lang: language }), 'replace');
  remember(LANGUAGE_KEY, language); // not remembered when blocked; the link still carries it
}

/** After Back or Forward: the page takes the language the restored link names. */
export function followLanguage(language: string | null) {
  if (isLanguage(language) && language !== initI18n().language) void changeLanguage(language, { writeUrl: false });
}

/** The language of the interface and of the texts asked of the API. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
