// A data package's records as rows of the PostgreSQL store's tables, and back. A field left out of
// a record is NULL in its row and left out again when read, so what is read equals what was put.
import { LANGUAGES } from '../../src/api/contract';
import type {
  DataPackage, EntityKind, Grade, PackageEntity, PackageFact, PackageIndicator, PackageObservation, PackagePanel, PackageSource, Qualifier, Translated,
} from '../../src/data-package/package-data';

export type Cell = string | number | boolean | null | readonly string[];
export type Row = Record<string, Cell>;

/** One table's rows for one package: `dataset` and `ordinal` are added where they are written. */
interface Codec<T, R extends Row> {
  toRow(item: T): R;
  fromRow(row: R): T;
}

/** The key and value when there is a value; nothing when the column is NULL. */
function optional<K extends string, V>(key: K, value: V | null): Partial<Record<K, V>> {
  return value === null ? {} : ({ [key]: value } as Record<K, V>);
}

type Status = PackageObservation['status'];

const panels: Codec<PackagePanel, { id: string; title: string; summary: string; sort_order: number }> = {
  toRow: (panel) => ({ id: panel.id, title: panel.title, summary: panel.summary, sort_order: panel.order }),
  fromRow: (row) => ({ id: row.id, title: row.title, summary: row.summary, order: row.sort_order }),
};

const entities: Codec<PackageEntity, { id: string; name: string; kind: string | null }> = {
  toRow: (entity) => ({ id: entity.id, name: entity.name, kind: entity.kind ?? null }),
  fromRow: (row) => ({ id: row.id, name: row.name, ...optional('kind', row.kind as EntityKind | null) }),
};

interface IndicatorRow extends Row {
  id: string; panel: string; title: string; unit: string; short_unit: string | null; description: string;
  description_processing: string | null; decimals: number | null; featured: boolean; prices: string | null; breaks: readonly string[];
}
const indicators: Codec<PackageIndicator, IndicatorRow> = {
  toRow: (i) => ({
    id: i.id, panel: i.panel, title: i.title, unit: i.unit, short_unit: i.shortUnit ?? null, description: i.description,
    description_processing: i.descriptionProcessing ?? null, decimals: i.decimals ?? null, featured: i.featured, prices: i.prices ?? null, breaks: i.breaks,
  }),
  fromRow: (row) => ({
    id: row.id, panel: row.panel, title: row.title, unit: row.unit, ...optional('shortUnit', row.short_unit), description: row.description,
    ...optional('descriptionProcessing', row.description_processing), ...optional('decimals', row.decimals), featured: row.featured,
    ...optional('prices', row.prices as PackageIndicator['prices'] | null), breaks: [...row.breaks],
  }),
};

interface ObservationRow extends Row {
  indicator: string; entity: string; period: string; value: number | null; status: string | null;
  qualifier: string | null; source: string; note: string | null; alternative: boolean;
}
const observations: Codec<PackageObservation, ObservationRow> = {
  toRow: (o) => ({
    indicator: o.indicator, entity: o.entity, period: o.period, value: o.value, status: o.status ?? null,
    qualifier: o.qualifier ?? null, source: o.source, note: o.note ?? null, alternative: o.alternative,
  }),
  fromRow: (row) => ({
    indicator: row.indicator, entity: row.entity, period: row.period, value: row.value, ...optional('status', row.status as Status | null),
    ...optional('qualifier', row.qualifier as Qualifier | null), source: row.source, ...optional('note', row.note), alternative: row.alternative,
  }),
};

interface FactRow extends Row {
  id: string; panel: string; kind: string; text: string; label: string | null; indicator: string | null; company: string | null; entity: string | null;
  date: string | null; period: string | null; status: string | null; value: number | null; unit: string | null; qualifier: string | null; source: string;
}
const facts: Codec<PackageFact, FactRow> = {
  toRow: (f) => ({
    id: f.id, panel: f.panel, kind: f.kind, text: f.text, label: f.label ?? null, indicator: f.indicator ?? null, company: f.company ?? null,
    entity: f.entity ?? null, date: f.date ?? null, period: f.period ?? null, status: f.status ?? null, value: f.value ?? null,
    unit: f.unit ?? null, qualifier: f.qualifier ?? null, source: f.source,
  }),
  fromRow: (row) => ({
    id: row.id, panel: row.panel, kind: row.kind as PackageFact['kind'], text: row.text, ...optional('label', row.label),
    ...optional('indicator', row.indicator), ...optional('company', row.company), ...optional('entity', row.entity), ...optional('date', row.date),
    ...optional('period', row.period), ...optional('status', row.status as Status | null), ...optional('value', row.value),
    ...optional('unit', row.unit), ...optional('qualifier', row.qualifier as Qualifier | null), source: row.source,
  }),
};

interface SourceRow extends Row {
  id: string; title: string; producer: string; date_published: string | null; url: string | null; grade: string; quote: string | null; description: string | null;
}
const sources: Codec<PackageSource, SourceRow> = {
  toRow: (s) => ({
    id: s.id, title: s.title, producer: s.producer, date_published: s.datePublished, url: s.url ?? null, grade: s.grade,
    quote: s.quote ?? null, description: s.description ?? null,
  }),
  fromRow: (row) => ({
    id: row.id, title: row.title, producer: row.producer, datePublished: row.date_published, ...optional('url', row.url),
    grade: row.grade as Grade, ...optional('quote', row.quote), ...optional('description', row.description),
  }),
};

interface TranslationRow extends Row { language: string; key: string; text: string }

/** The tables a package fills, in the order they are written and read. */
export const PACKAGE_TABLES = ['panels', 'entities', 'indicators', 'observations', 'facts', 'sources', 'translations'] as const;
export type PackageTable = (typeof PACKAGE_TABLES)[number];
export type PackageRows = Record<PackageTable, readonly Row[]>;

/** Each table's rows for the package, in the package's order. */
export function rowsOf(pkg: DataPackage): PackageRows {
  return {
    panels: pkg.panels.map(panels.toRow),
    entities: pkg.entities.map(entities.toRow),
    indicators: pkg.indicators.map(indicators.toRow),
    observations: pkg.observations.map(observations.toRow),
    facts: pkg.facts.map(facts.toRow),
    sources: pkg.sources.map(sources.toRow),
    translations: Object.entries(pkg.translations).flatMap(([language, texts]) => Object.entries(texts).map(([key, text]) => ({ language, key, text }))),
  };
}

/** The records read back, each table's rows in their ordinal order. */
export function recordsOf(tableRows: (table: PackageTable) => readonly Row[]): Pick<DataPackage, PackageTable> {
  const translations = Object.fromEntries(LANGUAGES.filter((language) => language !== 'en').map((language) => [language, {}])) as DataPackage['translations'];
  for (const row of tableRows('translations') as readonly TranslationRow[]) (translations[row.language as Translated] ??= {})[row.key] = row.text;
  return {
    panels: (tableRows('panels') as readonly Parameters<typeof panels.fromRow>[0][]).map(panels.fromRow),
    entities: (tableRows('entities') as readonly Parameters<typeof entities.fromRow>[0][]).map(entities.fromRow),
    indicators: (tableRows('indicators') as readonly IndicatorRow[]).map(indicators.fromRow),
    observations: (tableRows('observations') as readonly ObservationRow[]).map(observations.fromRow),
    facts: (tableRows('facts') as readonly FactRow[]).map(facts.fromRow),
    sources: (tableRows('sources') as readonly SourceRow[]).map(sources.fromRow),
    translations,
  };
}
