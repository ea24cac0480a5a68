// The API's request-to-response logic as plain functions and one route table. The MSW handlers,
// the in-page transport and the real server all answer through it, so they cannot drift;
// createApi binds it to another dataset (the benchmark's scale build).
import { API_PREFIX, apiPaths, DATASET_NAME_PATTERN, DEFAULT_LANGUAGE, LANGUAGES, type DatasetInfo, type DatasetsResponse, type DomainsResponse, type ErrorBody, type FactsResponse, type IndicatorsResponse, type SeriesResponse, type SourcesResponse } from '../../src/api/contract';
import { LanguageSchema } from '../../src/api/schemas';
import type { Dataset, DatasetIn, DatasetIndicator } from './dataset';

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

export function getDomains(query: Query, datasetIn: DatasetIn): ApiResult<DomainsResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  return ok({ domains: dataset.domains.map(({ id, title, summary }) => ({ id, title, summary })), years: dataset.years, entities: dataset.entities });
}

function readDomain(query: Query, dataset: Dataset) {
  const raw = query.get('domain');
  if (raw === null) return { domain: undefined };
  if (!dataset.domains.some((domain) => domain.id === raw)) {
    return { error: badRequest(`Unknown domain "${raw.slice(0, 40)}". Known: ${dataset.domains.map((domain) => domain.id).join(', ')}.`) };
  }
  return { domain: raw };
}

export function getIndicators(query: Query, datasetIn: DatasetIn): ApiResult<IndicatorsResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const { domain, error } = readDomain(query, dataset);
  if (error) return error;
  const entities = readEntities(query, dataset);
  if ('error' in entities) return entities.error;
  const indicators = dataset.indicators.filter((i) => (domain === undefined || i.domain === domain) && hasFigures(i, entities.ids));
  return ok({
    indicators: indicators.map(({ pointsByEntity, ...indicator }) => ({ ...indicator, sourceIds: citedSources(pointsByEntity, entities.ids) })),
  });
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

/** Whether the indicator has a point for one of the entities: the others' indicators are not listed. */
const hasFigures = (indicator: DatasetIndicator, entityIds: string[]) => entityIds.some((id) => (indicator.pointsByEntity.get(id)?.length ?? 0) > 0);

/** The sources the entities' points and their alternatives cite. */
function citedSources(pointsByEntity: DatasetIndicator['pointsByEntity'], entityIds: string[]): string[] {
  const ids = new Set<string>();
  for (const entityId of entityIds) {
    for (const point of pointsByEntity.get(entityId) ?? []) {
      ids.add(point.sourceId);
      for (const alternative of point.alternatives ?? []) ids.add(alternative.sourceId);
    }
  }
  return [...ids];
}

/** `entities=a,b` (the main entity when absent): the indicators with figures for them, a series per indicator and entity. */
function readEntities(query: Query, dataset: Dataset): { ids: string[] } | { error: ApiResult<never> } {
  const raw = query.get('entities');
  if (raw === null || raw === '') return { ids: [dataset.mainEntity] };
  const ids = [...new Set(raw.split(',').map((id) => id.trim()))];
  const unknown = ids.filter((id) => !dataset.entities.some((entity) => entity.id === id));
  if (unknown.length > 0) return { error: badRequest(`Unknown entity(ies): ${unknown.slice(0, 5).map((id) => `"${id.slice(0, 40)}"`).join(', ')}. Known: ${dataset.entities.map((entity) => entity.id).join(', ')}.`) };
  return { ids };
}

/** `indicators=a,b`, or `domain=nev` for every series of a domain, so a client need not wait for the indicator list. */
export function getSeries(query: Query, datasetIn: DatasetIn): ApiResult<SeriesResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const raw = query.get('indicators');
  const { domain, error } = readDomain(query, dataset);
  if (error) return error;
  const entities = readEntities(query, dataset);
  if ('error' in entities) return entities.error;
  if (raw !== null && domain !== undefined) return badRequest('Give "indicators" or "domain", not both.');
  let ids: string[];
  if (domain !== undefined) {
    ids = dataset.indicators.filter((i) => i.domain === domain && hasFigures(i, entities.ids)).map((i) => i.id);
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
    return entities.ids.map((entityId) => {
      const points = (indicator.pointsByEntity.get(entityId) ?? []).filter((p) => yearOf(p.period) >= from.year && yearOf(p.period) <= to.year);
      return { indicatorId: id, entityId, unit: indicator.unit, points };
    });
  });
  return ok({ series });
}

export function getFacts(query: Query, datasetIn: DatasetIn): ApiResult<FactsResponse> {
  const texts = readDataset(query, datasetIn);
  if ('error' in texts) return texts.error;
  const { dataset } = texts;
  const { domain, error } = readDomain(query, dataset);
  if (error) return error;
  const entity = query.get('entity');
  const facts = dataset.facts.filter(
    (f) => (domain === undefined || f.domain === domain) && (entity === null || f.entity?.toLowerCase() === entity.toLowerCase()),
  );
  return ok({ facts });
}

export function getSources(query: Query, datasetIn: DatasetIn): ApiResult<SourcesResponse> {
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


export type Routes = ReadonlyMap<string, (query: Query) => ApiResult<unknown>>;

/** Each GET route's path and the function that answers it. */
export function routesOf(api: Api): Routes {
  return new Map<string, (query: Query) => ApiResult<unknown>>([
    [apiPaths.domains, api.getDomains],
    [apiPaths.indicators, api.getIndicators],
    [apiPaths.series, api.getSeries],
    [apiPaths.facts, api.getFacts],
    [apiPaths.sources, api.getSources],
  ]);
}


/** `?dataset=` on a read endpoint: the default dataset when absent; whether the name exists is the caller's to say. */
export function readDatasetName(query: Query, defaultName: string): { name: string } | { error: ApiResult<never> } {
  const raw = query.get('dataset');
  if (raw === null || raw === '') return { name: defaultName };
  if (!DATASET_NAME_PATTERN.test(raw)) {
    return { error: badRequest(`Parameter "dataset" must be a dataset name (lowercase letters, digits, ".", "_" and "-", at most 100), got "${raw.slice(0, 40)}".`) };
  }
  return { name: raw };
}

/** The 404 for a dataset this API does not have, naming those it has. */
export const unknownDataset = (name: string, known: readonly string[]) => notFound(`No dataset "${name}". Known: ${known.join(', ') || 'none'}.`);

export const datasetsAnswer = (datasets: DatasetInfo[]): ApiResult<DatasetsResponse> => ok({ datasets });

/**
 * One dataset's routes, answering `/datasets` and `?dataset=` as a server that holds only it
 * would: the page's and the MSW handlers'. `info` is asked at request time, so a dataset built
 * on first use stays unbuilt until then.
 */
export function singleDatasetRoutes(api: Api, info: () => DatasetInfo): Routes {
  const routes = new Map<string, (query: Query) => ApiResult<unknown>>([[apiPaths.datasets, () => datasetsAnswer([info()])]]);
  for (const [path, route] of routesOf(api)) {
    routes.set(path, (query) => {
      const { name } = info();
      const asked = readDatasetName(query, name);
      if ('error' in asked) return asked.error;
      return asked.name === name ? route(query) : unknownDataset(asked.name, [name]);
    });
  }
  return routes;
}

/** The answer to a GET of `path` (no query string): a route's, or a 404 a real server would give. */
export function answer(routes: Routes, path: string, query: Query): ApiResult<unknown> {
  const route = routes.get(path);
  if (route) return route(query);
  if (path.startsWith(`${API_PREFIX}/`)) return notFound(`No route GET ${path}.`);
  return notFound(`No API version at ${path}; this server speaks ${API_PREFIX}.`);
}
