// What the dashboard starts with: its language (`?lang=` when a link says so, else the reader's
// last choice, else the browser's preferred languages, else English) and its filters (the link's
// when it sets any, else the last view remembered), panels included. Apart from language.ts,
// url-sync.ts and filters-url.ts, and importing only the contract, so that boot.ts can ask for
// the first screen's data, as the app will, before the app's code has loaded.
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

export const LAST_VIEW_KEY = 'cq-dashboard:last-view:v1';

/** Parameters of a link that are not filters: they travel with it, the last view keeps none. */
export const NON_FILTER_PARAMS = ['lang', 'present', 'deck', 'theme'];

function readLastView(): string {
  try {
    return window.localStorage.getItem(LAST_VIEW_KEY) ?? '';
  } catch {
    return ''; // storage blocked (private mode, policy): start from defaults
  }
}

/** The query the filters start from: the link's when it sets any filter, else the last view. */
export function startingFilterQuery(search: string): { query: string; isFromLink: boolean } {
  const isFromLink = [...new URLSearchParams(search).keys()].some((key) => !NON_FILTER_PARAMS.includes(key));
  return isFromLink ? { query: search, isFromLink } : { query: readLastView(), isFromLink };
}

/** The panels the dashboard starts with, as filters-url.ts reads them (all, when unset or invalid). */
export function startingDomains(search: string): readonly DomainId[] {
  const value = new URLSearchParams(startingFilterQuery(search).query).get('domains');
  return (value === null ? undefined : parseDomainsParam(value)) ?? DOMAIN_IDS;
}
