// How the client asks the API for something: a request's URL and time limit, and the first
// screen's requests, which boot.ts starts before the app's code has loaded. The first chart then
// finds its data on the way, or already there, instead of waiting for a round trip that only
// starts once the app has run (issue #7). The client takes each such response once, for the same
// URL it would have asked for (client.ts).
import { apiPaths, type DomainId, type Language } from './contract';

/** Long enough for a slow mobile link, short enough that a hung server gets a message. */
export const REQUEST_TIMEOUT_MS = 10_000;

export const JSON_HEADERS = { Accept: 'application/json' } as const;

/** The one way a request's URL is written, so an early request and the client's are the same. */
export function requestUrl(baseUrl: string, path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return `${baseUrl}${path}${query.size > 0 ? `?${query.toString()}` : ''}`;
}

/** A response as the client needs it: status and body (undefined when the body is not JSON). */
export interface RawResponse {
  ok: boolean;
  status: number;
  body: unknown;
}

export async function readResponse(response: Response): Promise<RawResponse> {
  const body: unknown = await response.json().catch(() => undefined);
  return { ok: response.ok, status: response.status, body };
}

const early = new Map<string, Promise<RawResponse>>();

/** How an early request is sent: fetch, or (embedded mock API) MSW's handlers called in the page. */
export type EarlySend = (url: string) => Promise<Response>;

const fetchJson: EarlySend = (url) => fetch(url, { headers: JSON_HEADERS, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

/** What the first chart needs: the panels' titles, and the leading panel's indicators and series. */
export function firstScreenUrls(baseUrl: string, language: Language, leadingDomain: DomainId | undefined): string[] {
  const urls = [requestUrl(baseUrl, apiPaths.domains, { lang: language })];
  if (leadingDomain) {
    urls.push(requestUrl(baseUrl, apiPaths.indicators, { domain: leadingDomain, lang: language }));
    urls.push(requestUrl(baseUrl, apiPaths.series, { domain: leadingDomain, lang: language }));
  }
  return urls;
}

/**
 * Asks for what the first chart needs (firstScreenUrls). Failures are left for the client,
 * which asks again itself.
 */
export function startFirstScreenRequests(baseUrl: string, language: Language, leadingDomain: DomainId | undefined, send: EarlySend = fetchJson): void {
  for (const url of firstScreenUrls(baseUrl, language, leadingDomain)) {
    const response = send(url).then(readResponse);
    response.catch(() => undefined); // not an unhandled rejection: the client sees it, or never asks
    early.set(url, response);
  }
}

/** The early response for this URL, once: asking again (a retry, a refetch) goes to the server. */
export function takeEarlyResponse(url: string): Promise<RawResponse> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}
