// Which language the dashboard speaks: `?lang=` when a link says so, else the reader's last
// choice, else the browser's preferred languages, else English. Choosing one updates i18n, the
// page's lang attribute (screen readers pick their voice from it), the link and the memory.
import { useTranslation } from '../lib/i18n';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../api/contract';
import { initI18n, loadLanguage } from '../lib/i18n';
import { flushUrlWrites } from './url-writes';

export const LANGUAGE_KEY = 'cq-dashboard:language:v1';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage blocked: follow the link and the browser
  }
}

/** "zh-Hans-CN" -> zh, "fr-CA" -> fr; undefined for languages we do not have. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

export interface LanguageChoice {
  language: Language;
  /** A `?lang=` value we do not have, reported to the reader rather than silently dropped. */
  rejected?: string;
}

export function pickLanguage(search: string, stored: string | null, browserLanguages: readonly string[]): LanguageChoice {
  const fromUrl = new URLSearchParams(search).get('lang');
  const urlLanguage = isLanguage(fromUrl) ? fromUrl : undefined;
  const fallback = matchLanguage(stored) ?? browserLanguages.map(matchLanguage).find(Boolean) ?? DEFAULT_LANGUAGE;
  if (fromUrl !== null && urlLanguage === undefined) return { language: fallback, rejected: fromUrl };
  return { language: urlLanguage ?? fallback };
}

export const initialLanguage = (): LanguageChoice =>
  pickLanguage(window.location.search, readStored(), navigator.languages.length > 0 ? navigator.languages : [navigator.language]);

function writeLanguageToUrl(language: Language) {
  flushUrlWrites();
  const params = new URLSearchParams(window.location.search);
  params.set('lang', language);
  const search = params.toString().replace(/%2C/g, ',');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${search}${window.location.hash}`);
}

/** Loads the language's strings, then switches everything over at once. */
export async function changeLanguage(language: Language, options: { writeUrl?: boolean } = {}): Promise<void> {
  const i18n = initI18n();
  await loadLanguage(language, i18n);
  i18n.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
  if (options.writeUrl ?? true) writeLanguageToUrl(language);
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered across visits; the link still carries it.
  }
}

/** After Back or Forward: the page takes the language the restored link names. */
export function followLanguageInUrl() {
  const language = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(language) && language !== initI18n().language) void changeLanguage(language, { writeUrl: false });
}

/** The language of the interface and of the texts asked of the API. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export { LANGUAGES };
