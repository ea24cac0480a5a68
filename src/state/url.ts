// The address bar's one owner. It reads the address once at start (the language, the filters'
// query, the slide, the deck and the dataset a link asks for) and writeUrl is the only code that writes it.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../api/contract';

export const LANGUAGE_KEY = 'cq-dashboard:language:v1';
export const LAST_VIEW_KEY = 'cq-dashboard:last-view:v1';

/** Parameters of a link that are not filters: they travel with it, the last view keeps none. */
export const NON_FILTER_PARAMS = ['lang', 'present', 'presenter', 'deck', 'theme', 'dataset', 'embed'];

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): follow the link and the defaults
  }
}

export function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Quota or policy: remembering is a convenience, not worth an error.
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

/** The link's language, else the reader's last choice, else the browser's, else English. */
export function pickLanguage(search: string, stored: string | null, browserLanguages: readonly string[]): LanguageChoice {
  const fromUrl = new URLSearchParams(search).get('lang');
  const fallback = matchLanguage(stored) ?? browserLanguages.map(matchLanguage).find(Boolean) ?? DEFAULT_LANGUAGE;
  if (fromUrl === null) return { language: fallback };
  return isLanguage(fromUrl) ? { language: fromUrl } : { language: fallback, rejected: fromUrl };
}

export interface StartParams extends LanguageChoice {
  /** The query the filters start from: the link's when it sets any filter, else the last view. */
  filterQuery: string;
  isFromLink: boolean;
  /** The zero-based slide a `?present=N` link opens the show at. */
  present: number | null;
  deck: string | null;
  /** An opened dataset the link names (`?dataset=`); null for the build's own. */
  dataset: string | null;
  /** The page is a show's presenter view (`?presenter=1`), opened by the show in a second window. */
  presenter: boolean;
}

function readStartParams(): StartParams {
  const search = window.location.search;
  const params = new URLSearchParams(search);
  const isFromLink = [...params.keys()].some((key) => !NON_FILTER_PARAMS.includes(key));
  const present = params.get('present');
  return {
    ...pickLanguage(search, readStored(LANGUAGE_KEY), navigator.languages.length > 0 ? navigator.languages : [navigator.language]),
    filterQuery: isFromLink ? search : (readStored(LAST_VIEW_KEY) ?? ''),
    isFromLink,
    present: present !== null && /^\d{1,3}$/.test(present) ? Math.max(1, Number(present)) - 1 : null,
    deck: params.get('deck'),
    dataset: params.get('dataset'),
    presenter: params.get('presenter') === '1',
  };
}

let start: StartParams | undefined;

/** What the page was opened with; `reread` reads the address again (url-sync's start, tests). */
export function startParams(reread = false): StartParams {
  if (reread || !start) start = readStartParams();
  return start;
}

/** The start's deck, once: it then lives in this browser, so it leaves the address. */
export function takeStartDeck(): string | null {
  const { deck } = startParams();
  if (deck !== null) {
    startParams().deck = null;
    writeUrl(paramsWith({ deck: null }), 'replace');
  }
  return deck;
}

/** The address's parameters with `changes` applied (null removes one). */
export function paramsWith(changes: Record<string, string | null>): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return params;
}

/** The filters' query, then the link's other parameters (language, slide, deck, theme). */
export function paramsWithFilters(query: string): URLSearchParams {
  const params = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(window.location.search)) if (NON_FILTER_PARAMS.includes(key)) params.set(key, value);
  return params;
}

// Commas are legal in a query; keep them readable instead of %2C.
const searchOf = (params: URLSearchParams) => {
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
};

/** A link to this view with `changes` applied (the deck's share link). */
export const linkWith = (changes: Record<string, string | null>) => `${window.location.origin}${window.location.pathname}${searchOf(paramsWith(changes))}`;

/** The presenter view of this show: the same view and language, without the slide (the show keeps it in step). */
export const presenterLink = () => linkWith({ presenter: '1', present: null });

/** The one writer of the address: a new history entry (push) or the current one rewritten. */
export function writeUrl(params: URLSearchParams, how: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${searchOf(params)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

/** The embed's own page, served apart (with the headers that let it be framed) beside the dashboard's. */
const EMBED_PAGE = 'embed.html';

// Parameters of an address that belong to this browser's show, deck, theme or embed, not to the
// view: a link to the view or an embed of it leaves them out.
const NOT_IN_VIEW = ['present', 'presenter', 'deck', 'embed'];

type Address = Pick<Location, 'href' | 'search'>;

/** A dataset the reader opened from their files: it lives in their browser only, and the address names it. */
export const isLocalDataset = (search: string = window.location.search) => new URLSearchParams(search).has('dataset');

/** The full dashboard's address for this view, from the dashboard or from an embed; an opened dataset stays named. */
export function fullViewAddress(location: Address = window.location): string {
  const params = new URLSearchParams(location.search);
  for (const name of NOT_IN_VIEW) params.delete(name);
  const page = new URL(location.href);
  const path = page.pathname.endsWith(`/${EMBED_PAGE}`) ? page.pathname.slice(0, -EMBED_PAGE.length) : page.pathname;
  return `${page.origin}${path}${searchOf(params)}`;
}

/** The link to this view that a reader can give away: none for an opened dataset, which leads nowhere elsewhere. */
export const viewLink = (location: Address = window.location): string | undefined => (isLocalDataset(location.search) ? undefined : fullViewAddress(location));

/**
 * The embed of chart `chartId` with this view's filters, in `language` (else the address's own):
 * the reader's theme stays with them; an opened dataset stays named, so that the embed says it cannot show it.
 */
export function embedAddress(chartId: string, language?: string, location: Address = window.location): string {
  const params = new URLSearchParams({ embed: chartId });
  for (const [key, value] of new URLSearchParams(location.search)) if (![...NOT_IN_VIEW, 'theme', ...(language ? ['lang'] : [])].includes(key)) params.append(key, value);
  if (language) params.set('lang', language);
  return `${new URL(EMBED_PAGE, location.href).href}${searchOf(params)}`;
}

/** The embed's own page for a dashboard address that asks for one chart (`?embed=<chart id>`); null otherwise. */
export function embedPageFor(location: Address): string | null {
  const chartId = new URLSearchParams(location.search).get('embed');
  return chartId === null ? null : embedAddress(chartId, undefined, location);
}
