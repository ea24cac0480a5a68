// The API's request-to-response logic as plain functions and one route table. The MSW handlers,
// the in-page transport and the real server all answer through it, so they cannot drift;
// createApi binds it to another dataset (the benchmark's scale build).
import { API_PREFIX, apiPaths, DEFAULT_LANGUAGE, type Language, LANGUAGES, type DomainsResponse, type ErrorBody, type FactsResponse, type IndicatorsResponse, type SeriesResponse, type SourcesResponse } from '../../src/api/contract';
import { LanguageSchema } from '../../src/api/schemas';
import { datasetIn as bundledDatasetIn, type Dataset } from './dataset';

export type DatasetIn = (language: Language) => Dataset;

export type ApiResult<T> = { status: 200; body: T } | { status: 400 | 404; body: ErrorBody };

const ok = <T>(body: T): ApiResult<T> => ({ status: 200, body });
export const badRequest = (message: string): ApiResult<never> => ({ status: 400, body: { error: { code: 'bad_request', message } } });
export const notFound = (message: string): ApiResult<never> => ({ status: 404, body: { error: { code: 'not_found', message } } });

type Query = URLSearchParams;

/** `?lang=` picks the language of the texts; the figures are the same in all of them. */
function readDataset(query: Query, datasetIn: DatasetIn): { dataset: Dataset } | { error: ApiResult<never> } {
  const raw = query.get('lang');
  if (raw === null || raw === '') return { dataset: datasetIn(DEFAULT_LANGUAGE) };
  const language = LanguageSchema.safeParse(raw);
  if (!language.success) return { error: badRequest(`Unknown language "${raw.slice(0, 20)}". Known: ${LANGUAGES.join(', ')}.`) };
  return { dataset: datasetIn(language.data) };
}

export function getDomains(query: Query = new URLSearchParams(), datasetIn: DatasetIn = bundledDatasetIn): ApiResult<DomainsResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  return ok({ domains: dataset.domains.map(({ id, title, summary }) => ({ id, title, summary })), years: dataset.years });
}

/** The dataset's own domains: their ids are the same in every language. */
function readDomain(query: Query, isRequired: boolean, datasetIn: DatasetIn) {
  const raw = query.get('domain');
  if (raw === null) return isRequired ? { error: badRequest('Parameter "domain" is required.') } : { domain: undefined };
  const known = datasetIn(DEFAULT_LANGUAGE).domains.map((domain) => domain.id);
  if (!known.includes(raw)) {
    return { error: badRequest(`Unknown domain "${raw.slice(0, 40)}". Known: ${known.join(', ')}.`) };
  }
  return { domain: raw };
}

export function getIndicators(query: Query, datasetIn: DatasetIn = bundledDatasetIn): ApiResult<IndicatorsResponse> {
  const { domain, error } = readDomain(query, false, datasetIn);
  if (error) return error;
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const indicators = dataset.indicators.filter((i) => domain === undefined || i.domain === domain);
  return ok({ indicators: indicators.map(({ points: _points, ...indicator }) => indicator) });
}

function readYear(query: Query, name: 'from' | 'to', { min, max }: Dataset['years']) {
  const fallback = name === 'from' ? min : max;
  const raw = query.get(name);
  if (raw === null || raw === '') return { year: fallback };
  if (!/^\d{4}$/.test(raw)) return { error: badRequest(`Parameter "${name}" must be a four-digit year, got "${raw.slice(0, 20)}".`) };
  const year = Number(raw);
  if (year < min || year > max) return { error: badRequest(`Parameter "${name}" must be between ${min} and ${max}.`) };
  return { year };
}

/** `indicators=a,b`, or `domain=nev` for every series of a domain, so a client need not wait for the indicator list. */
export function getSeries(query: Query, datasetIn: DatasetIn = bundledDatasetIn): ApiResult<SeriesResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const raw = query.get('indicators');
  const { domain, error } = readDomain(query, false, datasetIn);
  if (error) return error;
  if (raw !== null && domain !== undefined) return badRequest('Give "indicators" or "domain", not both.');
  let ids: string[];
  if (domain !== undefined) {
    ids = dataset.indicators.filter((i) => i.domain === domain).map((i) => i.id);
  } else {
    if (!raw) return badRequest('Parameter "indicators" (a comma-separated list of indicator ids) or "domain" is required.');
    ids = [...new Set(raw.split(',').map((id) => id.trim()))];
    const unknown = ids.filter((id) => !dataset.indicatorsById.has(id));
    if (unknown.length > 0) return badRequest(`Unknown indicator(s): ${unknown.slice(0, 5).map((id) => `"${id.slice(0, 40)}"`).join(', ')}.`);
  }
  const from = readYear(query, 'from', dataset.years);
  if (from.error) return from.error;
  const to = readYear(query, 'to', dataset.years);
  if (to.error) return to.error;
  if (from.year > to.year) return badRequest(`The range is reversed: from ${from.year} is after to ${to.year}.`);
  const series = ids.flatMap((id) => {
    const indicator = dataset.indicatorsById.get(id);
    if (!indicator) return []; // unreachable: every id was checked above
    // Not model/period.ts: sharing it with the app would make it a chunk of its own.
    const yearOf = (period: string) => Number(period.slice(0, 4));
    const points = indicator.points.filter((p) => yearOf(p.period) >= from.year && yearOf(p.period) <= to.year);
    return [{ indicatorId: id, unit: indicator.unit, points }];
  });
  return ok({ series });
}

export function getFacts(query: Query, datasetIn: DatasetIn = bundledDatasetIn): ApiResult<FactsResponse> {
  const { domain, error } = readDomain(query, false, datasetIn);
  if (error) return error;
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const entity = query.get('entity');
  const facts = dataset.facts.filter(
    (f) => (domain === undefined || f.domain === domain) && (entity === null || f.entity?.toLowerCase() === entity.toLowerCase()),
  );
  return ok({ facts });
}

export function getSources(query: Query = new URLSearchParams(), datasetIn: DatasetIn = bundledDatasetIn): ApiResult<SourcesResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  return ok({ sources: dataset.sources });
}

/** The API's functions bound to a dataset (routesOf makes them a route table). */
export function createApi(datasetIn: DatasetIn) {
  return {
    getDomains: (query: Query) => getDomains(query, datasetIn),
    getIndicators: (query: Query) => getIndicators(query, datasetIn),
    getSeries: (query: Query) => getSeries(query, datasetIn),
    getFacts: (query: Query) => getFacts(query, datasetIn),
    getSources: (query: Query) => getSources(query, datasetIn),
  };
}

export type Api = ReturnType<typeof createApi>;

/** The API on the bundled dataset. */
export const bundledApi = createApi(bundledDatasetIn);

/** Each GET route's path and the function that answers it. */
export function routesOf(api: Api): ReadonlyMap<string, (query: Query) => ApiResult<unknown>> {
  return new Map<string, (query: Query) => ApiResult<unknown>>([
    [apiPaths.domains, api.getDomains],
    [apiPaths.indicators, api.getIndicators],
    [apiPaths.series, api.getSeries],
    [apiPaths.facts, api.getFacts],
    [apiPaths.sources, api.getSources],
  ]);
}

export const bundledRoutes = routesOf(bundledApi);

/** The answer to a GET of `path` (no query string): a route's, or a 404 a real server would give. */
export function answer(routes: ReturnType<typeof routesOf>, path: string, query: Query): ApiResult<unknown> {
  const route = routes.get(path);
  if (route) return route(query);
  if (path.startsWith(`${API_PREFIX}/`)) return notFound(`No route GET ${path}.`);
  return notFound(`No API version at ${path}; this server speaks ${API_PREFIX}.`);
}
