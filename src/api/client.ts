// The only module that calls fetch. It returns parsed, typed data or throws an ApiError;
// it never touches the UI. Responses are parsed with the contract's schemas so the query
// cache only ever holds checked data.
import type { z } from 'zod/mini';
import { ApiError } from './api-error';
import { apiPaths, type DomainId, type Language } from './contract';
import { JSON_HEADERS, readResponse, REQUEST_TIMEOUT_MS, requestUrl, takeEarlyResponse, type RawResponse } from './request';
import { loadedSchemas, loadSchemas } from './schemas-loader';

type Schemas = typeof import('./schemas');

/**
 * The schemas (and zod) are a chunk of their own, asked for alongside the first request: they
 * are needed once a response arrives, not for the first paint (issue #7). Once loaded they are
 * taken at once (schemas-loader.ts); a failed load stays failed, and the panels say to reload.
 */
async function schemasFor(path: string): Promise<Schemas> {
  try {
    return loadedSchemas() ?? (await loadSchemas());
  } catch (cause) {
    throw new ApiError('code', path, 'The code that checks the data could not be loaded.', undefined, String(cause));
  }
}

/** The first screen's requests, and when the others may go (main.tsx). */
export interface FirstScreen {
  /** The URLs the first chart needs (request.ts, firstScreenUrls): never held back. */
  urls: readonly string[];
  /** Settles once the first screen is shown: until then every other request waits. */
  shown: Promise<unknown>;
  /** Told when one of the first screen's requests fails (before react-query's retries). */
  onFailure?: () => void;
}

let baseUrl = '';
let ready: Promise<unknown> = Promise.resolve();
let timeoutMs = REQUEST_TIMEOUT_MS;
let firstScreen: FirstScreen | undefined;

/**
 * Point the client at an API origin ('' = same origin) and, for the embedded mock API, give
 * it a promise that settles once the service worker is active. Rendering starts at once;
 * only requests wait, so the worker boots in parallel with React. `firstScreen`: the requests
 * the first chart does not need are held back until it is shown.
 */
export function configureApiClient(options: { baseUrl?: string; ready?: Promise<unknown>; timeoutMs?: number; firstScreen?: FirstScreen }): void {
  baseUrl = options.baseUrl ?? '';
  ready = options.ready ?? Promise.resolve();
  timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  firstScreen = options.firstScreen;
}

const isFirstScreenUrl = (url: string) => firstScreen?.urls.includes(url) ?? false;

/** What a request waits for before it goes: nothing for the first screen's own. */
const heldBack = (url: string): Promise<unknown> | undefined => (isFirstScreenUrl(url) ? undefined : firstScreen?.shown);

const timedOut = (path: string) => new ApiError('timeout', path, `No answer from the server after ${timeoutMs / 1000} s.`);

/** Sends once the embedded mock API (if any) has started. */
async function sendWhenReady(url: string, path: string, signal: AbortSignal | undefined): Promise<RawResponse> {
  try {
    await ready;
  } catch (cause) {
    throw new ApiError('network', path, 'The embedded data service could not start.', undefined, String(cause));
  }
  return send(url, path, signal);
}

async function send(url: string, path: string, signal: AbortSignal | undefined): Promise<RawResponse> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: JSON_HEADERS, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (cause) {
    if (signal?.aborted) throw cause; // react-query cancelled it: not an error to show
    if (timeout.aborted) throw timedOut(path);
    throw new ApiError('network', path, 'The server could not be reached.', undefined, String(cause));
  }
  return readResponse(response);
}

async function getJson<S extends z.ZodMiniType>(
  path: string,
  params: Record<string, string | undefined>,
  pickSchema: (schemas: Schemas) => S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  loadSchemas().catch(() => undefined); // started now, awaited (and reported) below
  const url = requestUrl(baseUrl, path, params);
  try {
    return await getChecked(url, path, pickSchema, signal);
  } catch (error) {
    // The first chart will not come soon (react-query retries after 1 s, then 2 s): the held
    // requests need not wait for it.
    if (isFirstScreenUrl(url)) firstScreen?.onFailure?.();
    throw error;
  }
}

async function getChecked<S extends z.ZodMiniType>(url: string, path: string, pickSchema: (schemas: Schemas) => S, signal: AbortSignal | undefined): Promise<z.infer<S>> {
  // boot.ts may have asked already (the embedded mock API's first answers need no worker: see
  // mock-api.ts), so an early answer is taken before waiting for the worker. If that failed,
  // ask once more before saying so; not after a timeout, which would double the wait for a
  // server that does not answer.
  const early = takeEarlyResponse(url)?.catch((cause: unknown) => {
    if (cause instanceof DOMException && cause.name === 'TimeoutError') throw timedOut(path);
    return sendWhenReady(url, path, signal);
  });
  const hold = early ? undefined : heldBack(url);
  if (hold) await hold;
  const { ok, status, body } = await (early ?? sendWhenReady(url, path, signal));
  const schemas = await schemasFor(path);
  const { ErrorBodySchema } = schemas;
  if (!ok) {
    const parsedError = ErrorBodySchema.safeParse(body);
    const message = parsedError.success ? parsedError.data.error.message : `HTTP ${status}`;
    throw new ApiError('http', path, message, status);
  }
  const parsed = pickSchema(schemas).safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ApiError('schema', path, 'The server sent data in an unexpected shape.', status, where.join('; '));
  }
  return parsed.data;
}

export const fetchDomains = (lang: Language, signal?: AbortSignal) => getJson(apiPaths.domains, { lang }, (s) => s.DomainsResponseSchema, signal);

export const fetchIndicators = (domain: DomainId, lang: Language, signal?: AbortSignal) =>
  getJson(apiPaths.indicators, { domain, lang }, (s) => s.IndicatorsResponseSchema, signal);

/** Series by indicator ids, or every series of a domain. */
export type SeriesRequest = ({ indicators: readonly string[]; domain?: never } | { domain: DomainId; indicators?: never }) & {
  from?: number;
  to?: number;
  lang: Language;
};

export const fetchSeries = ({ indicators, domain, from, to, lang }: SeriesRequest, signal?: AbortSignal) =>
  getJson(
    apiPaths.series,
    { indicators: indicators?.join(','), domain, from: from?.toString(), to: to?.toString(), lang },
    (s) => s.SeriesResponseSchema,
    signal,
  );

export const fetchFacts = (domain: DomainId, lang: Language, entity?: string, signal?: AbortSignal) =>
  getJson(apiPaths.facts, { domain, entity, lang }, (s) => s.FactsResponseSchema, signal);

export const fetchSources = (lang: Language, signal?: AbortSignal) => getJson(apiPaths.sources, { lang }, (s) => s.SourcesResponseSchema, signal);
