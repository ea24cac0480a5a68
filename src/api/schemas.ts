// The API contract's zod schemas, one per payload (constants and types: contract.ts). The client
// checks every response with them; the mock API and the server type their bodies against them.
import { z } from 'zod/mini';
import { LANGUAGES, DOMAIN_ID_PATTERN, ENTITY_ID_PATTERN, ENTITY_KINDS, QUALIFIERS, FACT_KINDS, ERROR_CODES, DATASET_NAME_PATTERN } from './contract';

export const LanguageSchema = z.enum(LANGUAGES);

export const DomainIdSchema = z.string().check(z.regex(DOMAIN_ID_PATTERN));

/**
 * One of UNIT_IDS, which the app scales and translates, or any other unit, shown as written;
 * empty when the data gives none (a lone CSV of figures), and the number is shown alone.
 */
export const UnitSchema = z.string();

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

export const DomainSchema = z.object({
  id: DomainIdSchema,
  title: z.string(),
  summary: z.string(),
});

export const IndicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  domain: DomainIdSchema,
  title: z.string(),
  unit: UnitSchema,
  /** The unit as axes and cards write it ("t" for tonnes), when the data gives one. */
  shortUnit: z.optional(z.string().check(z.minLength(1))),
  /** How many decimals the values are published with, when the data says. */
  decimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
  description: z.string(),
  sourceIds: z.array(z.string()).check(z.minLength(1)),
  /** Shown in the domain's chart when the reader has not picked indicators. */
  isFeatured: z.optional(z.boolean()),
  /** Money at current prices (nominal) or at comparable prices (real), when the data says: a growth rate computed from nominal values is nominal growth. */
  prices: z.optional(z.enum(['nominal', 'real'])),
});

export const QualifierSchema = z.enum(QUALIFIERS);

export const PointStatusSchema = z.enum(['reported', 'estimated']);

export const PointSchema = z.object({
  /** A calendar year, YYYY, or a month, YYYY-MM. A series keeps to one of the two. */
  period: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)),
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
  /** Not comparable with the year before (a change of method or coverage): no growth is computed across it. */
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

export const SeriesSchema = z.object({
  indicatorId: z.string(),
  /** The region the figures are for (`/domains`' entities); absent from a server that knows one region only. */
  entityId: z.optional(z.string()),
  unit: UnitSchema,
  points: z.array(PointSchema),
});

export const FactSchema = z.object({
  id: z.string(),
  domain: DomainIdSchema,
  kind: z.enum(FACT_KINDS),
  text: z.string(),
  /** A short label (at most 40 characters) for chart annotations of dated milestones. */
  label: z.optional(z.string().check(z.maxLength(40))),
  /** The indicator a milestone concerns: charts of other indicators do not draw it. Absent: every chart of its domain. */
  indicatorId: z.optional(z.string()),
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

export const YearBoundsSchema = z.object({ min: z.int(), max: z.int() }).check(z.refine((years) => years.min <= years.max, 'min is after max'));

export const EntitySchema = z.object({
  id: z.string().check(z.regex(ENTITY_ID_PATTERN)),
  name: z.string().check(z.minLength(1)),
  /** A country's figures are the national totals a region's share is computed against. */
  kind: z.optional(z.enum(ENTITY_KINDS)),
});

// Optional: a server written before `years` or `entities` still answers v1; the app then takes the
// years from the series, and shows one region.
export const DomainsResponseSchema = z.object({ domains: z.array(DomainSchema), years: z.optional(YearBoundsSchema), entities: z.optional(z.array(EntitySchema)) });

export const IndicatorsResponseSchema = z.object({ indicators: z.array(IndicatorSchema) });

export const SeriesResponseSchema = z.object({ series: z.array(SeriesSchema) });

export const FactsResponseSchema = z.object({ facts: z.array(FactSchema) });

export const SourcesResponseSchema = z.object({ sources: z.array(SourceSchema) });

export const DatasetInfoSchema = z.object({
  name: z.string().check(z.regex(DATASET_NAME_PATTERN)),
  title: z.string(),
  version: z.optional(z.string()),
  /** sha256 of the package's files as imported, in hex; absent where nothing was imported (the page's own data). */
  checksum: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  /** When this version was imported (ISO 8601, UTC); absent where nothing was imported. */
  importedAt: z.optional(z.iso.datetime()),
  observations: z.int().check(z.gte(0)),
  /** The one every request means when it names none. */
  isDefault: z.boolean(),
});

export const DatasetsResponseSchema = z.object({ datasets: z.array(DatasetInfoSchema) });

/** Where a data package has a problem: the file, and the row (the header is row 1) and column when they apply. */
export const PackageProblemSchema = z.object({
  file: z.string(),
  row: z.optional(z.int().check(z.gte(1))),
  column: z.optional(z.string()),
  message: z.string(),
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** A refused data package's problems (the first hundred), each with its place. */
    problems: z.optional(z.array(PackageProblemSchema)),
  }),
});
