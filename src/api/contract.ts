// The API contract, version 1: one zod schema per payload. The MSW handlers type their bodies
// against these schemas and the client parses every response with them, so the two sides
// cannot drift apart without a failing build or test. Documented in docs/api.md.
// zod/mini: the same checks as classic zod in a tree-shakable form, a fraction of the bytes in
// the first load (checks are functions passed to .check() rather than methods).
import { z } from 'zod/mini';

export const API_VERSION = 'v1';
export const API_PREFIX = `/api/${API_VERSION}`;

export const apiPaths = {
  domains: `${API_PREFIX}/domains`,
  indicators: `${API_PREFIX}/indicators`,
  series: `${API_PREFIX}/series`,
  facts: `${API_PREFIX}/facts`,
  sources: `${API_PREFIX}/sources`,
} as const;

/** Years the dataset covers; the API rejects a range outside them. */
export const MIN_YEAR = 2019;
export const MAX_YEAR = 2025;

/**
 * Languages the API writes its texts in (titles, descriptions, notes, facts), chosen with
 * `?lang=`; English when absent. Ids, units and numbers are the same in every language.
 */
export const LANGUAGES = ['en', 'fr', 'zh'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;
export const DEFAULT_LANGUAGE: Language = 'en';

export const DOMAIN_IDS = ['macro', 'nev', 'electronics', 'materials'] as const;
export const DomainIdSchema = z.enum(DOMAIN_IDS);
export type DomainId = z.infer<typeof DomainIdSchema>;

/**
 * Units are ids, not labels: values stay in the unit the source published (亿元, 万辆...) and
 * the formatter scales them for the reader's locale.
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
export const UnitSchema = z.enum(UNIT_IDS);
export type Unit = z.infer<typeof UnitSchema>;

export const SourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** Publication date as shown by the source: YYYY, YYYY-MM or YYYY-MM-DD; null when not shown. */
  date: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}){0,2}$/))),
  url: z.optional(z.url()),
  /** A: official page or word-for-word repost; B: state or official media; C: third party. */
  reliability: z.enum(['A', 'B', 'C']),
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof SourceSchema>;

export const DomainSchema = z.object({
  id: DomainIdSchema,
  title: z.string(),
  summary: z.string(),
});
export type Domain = z.infer<typeof DomainSchema>;

export const IndicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  domain: DomainIdSchema,
  title: z.string(),
  unit: UnitSchema,
  description: z.string(),
  sourceIds: z.array(z.string()).check(z.minLength(1)),
  /** Shown in the domain's chart when the reader has not picked indicators. */
  isFeatured: z.optional(z.boolean()),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * What the source says about a value beyond the number itself. Bounds stay bounds
 * ("more than 100,000 yuan" is 100000 with `more_than`), partial years say which months.
 */
export const QUALIFIERS = [
  'more_than',
  'less_than',
  'about',
  'nearly',
  'rounded',
  'preliminary',
  'jan_mar',
  'jan_jun',
  'jan_aug',
  'jan_sep',
  'jan_oct',
  'jan_nov',
] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const PointStatusSchema = z.enum(['reported', 'estimated']);
export type PointStatus = z.infer<typeof PointStatusSchema>;

export const PointSchema = z.object({
  /** A calendar year, YYYY. */
  period: z.string().check(z.regex(/^\d{4}$/)),
  /** null: the dataset knows the year is missing (a gap to show, never to fill). */
  value: z.nullable(z.number()),
  status: PointStatusSchema,
  qualifier: z.optional(QualifierSchema),
  sourceId: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
  /** Set when we computed the value ourselves rather than read it in a source. */
  computed: z.optional(
    z.object({
      method: z.string(),
      inputs: z.array(z.object({ indicatorId: z.string(), period: z.string() })).check(z.minLength(1)),
    }),
  ),
  /** True when this value is not comparable with the year before (a change of method or
   * coverage, e.g. a census count after year-end estimates): no growth is computed across it. */
  breakBefore: z.optional(z.boolean()),
  /** Other published figures for the same year, kept so a disagreement is visible. */
  alternatives: z.optional(
    z.array(
      z.object({
        value: z.number(),
        qualifier: z.optional(QualifierSchema),
        sourceId: z.string().check(z.minLength(1)),
        note: z.optional(z.string()),
      }),
    ),
  ),
});
export type Point = z.infer<typeof PointSchema>;

export const SeriesSchema = z.object({
  indicatorId: z.string(),
  unit: UnitSchema,
  points: z.array(PointSchema),
});
export type Series = z.infer<typeof SeriesSchema>;

export const FACT_KINDS = ['ranking', 'share', 'milestone', 'company', 'capacity', 'policy', 'statistic'] as const;
export const FactSchema = z.object({
  id: z.string(),
  domain: DomainIdSchema,
  kind: z.enum(FACT_KINDS),
  text: z.string(),
  /** A short label (at most 40 characters) for chart annotations of dated milestones. */
  label: z.optional(z.string().check(z.maxLength(40))),
  /** Company or organisation the fact is about (filterable), e.g. "Seres"; the same in every language. */
  entity: z.optional(z.string()),
  /** The company's name in the requested language, e.g. "赛力斯" for Seres in Chinese. */
  entityName: z.optional(z.string()),
  /** When it happened, for milestones: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}){0,2}$/))),
  /** The years a figure spans when it is not one date, e.g. an average "2021-2024". */
  period: z.optional(z.string().check(z.regex(/^\d{4}-\d{4}$/))),
  /** As for points: "estimated" when the source calls the figure expected or estimated. */
  status: z.optional(PointStatusSchema),
  /** The headline number of the fact, when it has one. */
  value: z.optional(z.number()),
  unit: z.optional(z.string()),
  qualifier: z.optional(QualifierSchema),
  sourceId: z.string().check(z.minLength(1)),
});
export type Fact = z.infer<typeof FactSchema>;

export const DomainsResponseSchema = z.object({ domains: z.array(DomainSchema) });
export const IndicatorsResponseSchema = z.object({ indicators: z.array(IndicatorSchema) });
export const SeriesResponseSchema = z.object({ series: z.array(SeriesSchema) });
export const FactsResponseSchema = z.object({ facts: z.array(FactSchema) });
export const SourcesResponseSchema = z.object({ sources: z.array(SourceSchema) });
export type DomainsResponse = z.infer<typeof DomainsResponseSchema>;
export type IndicatorsResponse = z.infer<typeof IndicatorsResponseSchema>;
export type SeriesResponse = z.infer<typeof SeriesResponseSchema>;
export type FactsResponse = z.infer<typeof FactsResponseSchema>;
export type SourcesResponse = z.infer<typeof SourcesResponseSchema>;

export const ERROR_CODES = ['bad_request', 'not_found', 'internal'] as const;
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
