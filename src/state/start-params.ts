// What the dashboard starts with: its language (`?lang=` when a link says so, else the reader's
// last choice, else the browser's preferred languages, else English) and its panels
// (`?domains=`). Apart from language.ts and filters-url.ts, and importing only the contract, so
// that boot.ts can ask for the first screen's data before the app's code has loaded.
import { DEFAULT_LANGUAGE, DOMAIN_IDS, isDomainId, isLanguage, type DomainId, type Language } from '../api/contract';

export const LANGUAGE_KEY = 'cq-dashboard:language:v1';

export function readStoredLanguage(): string | null {
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
  pickLanguage(window.location.search, readStoredLanguage(), navigator.languages.length > 0 ? navigator.languages : [navigator.language]);

/** The panels a `?domains=` value shows, in the dashboard's order; undefined when invalid. */
export function parseDomainsParam(value: string): DomainId[] | undefined {
  if (value === 'none') return [];
  const ids = value.split(',');
  return ids.every(isDomainId) ? DOMAIN_IDS.filter((id) => ids.includes(id)) : undefined;
}
