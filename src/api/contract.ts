// The API contract, version 1: its constants and types (docs/api.md). The zod schemas are in
// schemas.ts, which the client loads with its first request rather than in the entry chunk.
import type { z } from 'zod/mini';
import type * as schemas from './schemas';

export const API_VERSION = 'v1';

export const API_PREFIX = `/api/${API_VERSION}`;

export const apiPaths = {
  domains: `${API_PREFIX}/domains`,
  indicators: `${API_PREFIX}/indicators`,
  series: `${API_PREFIX}/series`,
  facts: `${API_PREFIX}/facts`,
  sources: `${API_PREFIX}/sources`,
  datasets: `${API_PREFIX}/datasets`,
} as const;

/** One dataset's address: a server that keeps datasets takes a new version of one here (PUT). */
export const datasetPath = (name: string) => `${apiPaths.datasets}/${encodeURIComponent(name)}`;

/** A dataset's name, as a data package writes its `name`; every read endpoint takes `?dataset=` (the default one when absent). */
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** Languages of the API's texts (`?lang=`, English when absent); ids, units and numbers are the same in all. */
export const LANGUAGES = ['en', 'fr', 'zh'] as const;

export type Language = z.infer<typeof schemas.LanguageSchema>;

export const DEFAULT_LANGUAGE: Language = 'en';

/** A panel's id: the data names its panels, and `/domains` lists them in their order. */
export const DOMAIN_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export type DomainId = z.infer<typeof schemas.DomainIdSchema>;

/** A region's id (`/domains`' entities), as a data package writes its ids. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

export const ENTITY_KINDS = ['city', 'province', 'country'] as const;

/** A region the figures are for: the main one (listed first), others beside it, a country for national totals. */
export type Entity = z.infer<typeof schemas.EntitySchema>;

/**
 * The units the app knows: values stay in the source's unit (亿元, 万辆...) and the formatter scales
 * and translates them for the locale. Any other unit is the data's own words, shown as written.
 */
export const UNIT_IDS = [
  'yuan_100m', // 亿元, 100 million yuan
  'yuan',
  'usd',
  'vehicles_10k', // 万辆
  'units_10k', // 万台
  'pieces_100m', // 亿片
  'persons_10k', // 万人
  'percent',
  'firms',
] as const;

export type KnownUnit = (typeof UNIT_IDS)[number];

/** A known unit id, or the data's own words for its unit ("tonnes"). */
export type Unit = z.infer<typeof schemas.UnitSchema>;

export type Source = z.infer<typeof schemas.SourceSchema>;

export type Domain = z.infer<typeof schemas.DomainSchema>;

export type Indicator = z.infer<typeof schemas.IndicatorSchema>;

/** What the source says beyond the number: bounds stay bounds (`more_than`), partial years name their months. */
export const QUALIFIERS = [
  'more_than',
  'less_than',
  'about',
  'nearly',
  'rounded',
  'preliminary',
  'revised',
  'jan_mar',
  'jan_jun',
  'jan_aug',
  'jan_sep',
  'jan_oct',
  'jan_nov',
] as const;

export type Qualifier = z.infer<typeof schemas.QualifierSchema>;

export type PointStatus = z.infer<typeof schemas.PointStatusSchema>;

export type Point = z.infer<typeof schemas.PointSchema>;

export type Series = z.infer<typeof schemas.SeriesSchema>;

export const FACT_KINDS = ['ranking', 'share', 'milestone', 'company', 'capacity', 'policy', 'statistic'] as const;

export type Fact = z.infer<typeof schemas.FactSchema>;

/** The first and last years the dataset has figures for; the API rejects a range outside them. */
export type YearBounds = z.infer<typeof schemas.YearBoundsSchema>;

export type DomainsResponse = z.infer<typeof schemas.DomainsResponseSchema>;

export type IndicatorsResponse = z.infer<typeof schemas.IndicatorsResponseSchema>;

export type SeriesResponse = z.infer<typeof schemas.SeriesResponseSchema>;

export type FactsResponse = z.infer<typeof schemas.FactsResponseSchema>;

export type SourcesResponse = z.infer<typeof schemas.SourcesResponseSchema>;

/** Every code an implementation of the API sends; the server alone sends those past not_found. */
export const ERROR_CODES = [
  'bad_request', // 400
  'not_found', // 404
  'unauthorized', // 401: a write without the right bearer token
  'forbidden', // 403: writes are off on this server
  'method_not_allowed', // 405
  'payload_too_large', // 413
  'uri_too_long', // 414
  'unsupported_media_type', // 415
  'internal', // 500
  'unavailable', // 503: the store cannot be reached
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A dataset as `/datasets` lists it. */
export type DatasetInfo = z.infer<typeof schemas.DatasetInfoSchema>;

export type DatasetsResponse = z.infer<typeof schemas.DatasetsResponseSchema>;

export type ErrorBody = z.infer<typeof schemas.ErrorBodySchema>;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
export const isLanguage = (value: unknown): value is Language => isOneOf(LANGUAGES, value);
/** The format only: which panels exist is the data's to say (`/domains`). */
export const isDomainId = (value: unknown): value is DomainId => typeof value === 'string' && DOMAIN_ID_PATTERN.test(value);
export const isEntityId = (value: unknown): value is string => typeof value === 'string' && ENTITY_ID_PATTERN.test(value);
export const isKnownUnit = (value: unknown): value is KnownUnit => isOneOf(UNIT_IDS, value);
