// The only module that asks the API for data, over a transport (HTTP, or the embedded build's
// in-page answers). Every answer is checked with the contract's schemas before it is cached.
import type { z } from 'zod/mini';
import { ApiError } from './api-error';
import { apiPaths, type DomainId, type Language } from './contract';

/** Long enough for a slow mobile link, short enough that a hung server gets a message. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** An answer as the client needs it: status and body (undefined when the body is not JSON). */
export interface RawResponse {
  ok: boolean;
  status: number;
  body: unknown;
}

export interface TransportInit {
  signal: AbortSignal;
  /** 'low' for what the first chart never needs, so it yields to what it does. */
  priority: RequestPriority;
}

export type Transport = (path: string, query: URLSearchParams, init: TransportInit) => Promise<RawResponse>;

/** Rejects with the signal's reason once it aborts: a wait that would otherwise never end. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * Resolves once the page is idle, at most a second later: while it is busy (drawing the first
 * chart, or a filter change), a low-priority answer and the server's work on it would compete
 * for the machine's cores.
 */
const pageIdle = () =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve, 0)));

export function httpTransport(baseUrl: string): Transport {
  return async (path, query, { signal, priority }) => {
    if (priority === 'low') await pageIdle();
    const response = await fetch(`${baseUrl}${path}${query.size > 0 ? `?${query.toString()}` : ''}`, { headers: { Accept: 'application/json' }, signal, priority });
    const body: unknown = await response.json().catch((cause: unknown) => {
      if (signal.aborted) throw cause; // cut short by the time limit: not a body of the wrong shape
      return undefined;
    });
    return { ok: response.ok, status: response.status, body };
  };
}

/** Answers a GET of `path` as the API would: the mock API's `answer` (mocks/in-page.ts). */
export type AnswerInPage = (path: string, query: URLSearchParams) => { status: number; body: unknown };

/** The API answered in the page by lazily loaded code; a low-priority answer waits a task, behind the first chart's. */
export function inPageTransport(load: () => Promise<AnswerInPage>): Transport {
  let loading: Promise<AnswerInPage> | undefined;
  return async (path, query, { signal, priority }) => {
    loading ??= load();
    const loaded = loading.catch((cause: unknown) => {
      throw new ApiError('code', path, 'The embedded data could not be loaded.', undefined, String(cause));
    });
    const answer = await Promise.race([loaded, whenAborted(signal)]);
    if (priority === 'low') await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const { status, body } = answer(path, query);
      return { ok: status >= 200 && status < 300, status, body };
    } catch (cause) {
      throw new ApiError('code', path, 'The embedded data could not answer.', undefined, String(cause));
    }
  };
}

/** The dataset the build serves (embedded, or from its API server); other ids are packages a reader opened. */
export const BUNDLED_DATASET = 'bundled';

let transport: Transport = httpTransport('');
let timeoutMs = REQUEST_TIMEOUT_MS;
/** Opened datasets' transports (each a worker holding its package), by dataset id. */
const openedTransports = new Map<string, Transport>();

/** How the client reaches the API: same-origin HTTP unless told otherwise. */
export function configureApiClient(options: { transport?: Transport; timeoutMs?: number }): void {
  transport = options.transport ?? httpTransport('');
  timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  openedTransports.clear();
}

/** Where an opened dataset's requests go; undefined once it is closed. */
export function setDatasetTransport(dataset: string, datasetTransport: Transport | undefined): void {
  if (datasetTransport) openedTransports.set(dataset, datasetTransport);
  else openedTransports.delete(dataset);
}

function transportOf(dataset: string, path: string): Transport {
  const found = dataset === BUNDLED_DATASET ? transport : openedTransports.get(dataset);
  if (!found) throw new ApiError('code', path, 'This dataset is not open in this page.');
  return found;
}

type Schemas = typeof import('./schemas');
let schemas: Promise<Schemas> | undefined;

/** The schemas (and zod) are a chunk of their own: needed once an answer is in, not for the first paint. */
async function loadSchemas(path: string): Promise<Schemas> {
  try {
    return await (schemas ??= import('./schemas'));
  } catch (cause) {
    throw new ApiError('code', path, 'The code that checks the data could not be loaded.', undefined, String(cause));
  }
}

/** The answer and the schemas to check it with, both within the time limit. */
async function send(path: string, query: URLSearchParams, signal: AbortSignal | undefined, priority: RequestPriority, dataset: string) {
  const via = transportOf(dataset, path);
  const checks = loadSchemas(path);
  checks.catch(() => undefined); // awaited (and reported) below
  const timeout = AbortSignal.timeout(timeoutMs);
  const limit = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await Promise.all([via(path, query, { signal: limit, priority }), Promise.race([checks, whenAborted(limit)])]);
  } catch (cause) {
    if (signal?.aborted || cause instanceof ApiError) throw cause; // react-query cancelled it: not an error to show
    if (timeout.aborted) throw new ApiError('timeout', path, `No answer from the server after ${timeoutMs / 1000} s.`);
    throw new ApiError('network', path, 'The server could not be reached.', undefined, String(cause));
  }
}

async function getJson<S extends z.ZodMiniType>(
  path: string,
  params: Record<string, string | undefined>,
  pickSchema: (schemas: Schemas) => S,
  signal: AbortSignal | undefined,
  priority: RequestPriority = 'auto',
  dataset = BUNDLED_DATASET,
): Promise<z.infer<S>> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  const [{ ok, status, body }, loaded] = await send(path, query, signal, priority, dataset);
  if (!ok) {
    const parsedError = loaded.ErrorBodySchema.safeParse(body);
    throw new ApiError('http', path, parsedError.success ? parsedError.data.error.message : `HTTP ${status}`, status);
  }
  const parsed = pickSchema(loaded).safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ApiError('schema', path, 'The server sent data in an unexpected shape.', status, where.join('; '));
  }
  return parsed.data;
}

// `dataset`: which dataset answers (BUNDLED_DATASET when absent); it is never sent to the API.
export const fetchDomains = (lang: Language, signal?: AbortSignal, dataset?: string) => getJson(apiPaths.domains, { lang }, (s) => s.DomainsResponseSchema, signal, 'auto', dataset);

/**
 * A domain's indicators; without one, every indicator (how the app finds the panels when `/domains` fails).
 * `entities`: those with figures for any of these regions; the main region's when absent.
 */
export const fetchIndicators = (domain: DomainId | undefined, lang: Language, signal?: AbortSignal, priority?: RequestPriority, entities?: readonly string[], dataset?: string) =>
  getJson(apiPaths.indicators, { domain, lang, entities: entities?.join(',') }, (s) => s.IndicatorsResponseSchema, signal, priority, dataset);

/** Series by indicator ids, or every series of a domain. */
export type SeriesRequest = ({ indicators: readonly string[]; domain?: never } | { domain: DomainId; indicators?: never }) & {
  from?: number;
  to?: number;
  lang: Language;
  /** A series per indicator and region; the main region's when absent. */
  entities?: readonly string[];
  dataset?: string;
};

export const fetchSeries = ({ indicators, domain, from, to, lang, entities, dataset }: SeriesRequest, signal?: AbortSignal, priority?: RequestPriority) =>
  getJson(
    apiPaths.series,
    { indicators: indicators?.join(','), domain, from: from?.toString(), to: to?.toString(), lang, entities: entities?.join(',') },
    (s) => s.SeriesResponseSchema,
    signal,
    priority,
    dataset,
  );

// Facts and sources are never on the first chart: asked for at low priority.
export const fetchFacts = (domain: DomainId, lang: Language, entity?: string, signal?: AbortSignal, dataset?: string) =>
  getJson(apiPaths.facts, { domain, entity, lang }, (s) => s.FactsResponseSchema, signal, 'low', dataset);

export const fetchSources = (lang: Language, signal?: AbortSignal, dataset?: string) => getJson(apiPaths.sources, { lang }, (s) => s.SourcesResponseSchema, signal, 'low', dataset);
