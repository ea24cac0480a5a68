// The tables a DuckDB store keeps a data package in: one per record type of
// src/data-package/package-data.ts, each row keyed by its dataset, with an ordinal that gives the
// rows back in the package's order. Primary keys make the database itself refuse a package with two
// rows of one id, so a broken package cannot be half written.
import { listValue, type DuckDBValue } from '@duckdb/node-api';
import type { DataPackage, PackageEntity, PackageFact, PackageIndicator, PackageObservation, PackagePanel, PackageSource } from '../../src/data-package/package-data';

type Kind = 'text' | 'int' | 'number' | 'boolean' | 'texts';

const SQL_TYPES: Record<Kind, string> = { text: 'VARCHAR', int: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', texts: 'VARCHAR[]' };

/** A value read back: NULL is null, a list a string array. */
export type Cells = Record<string, unknown>;

export interface Table<R> {
  name: string;
  /** Columns after `dataset` and `ordinal`, in table order. */
  columns: readonly (readonly [name: string, kind: Kind])[];
  /** The key within a dataset. */
  key: readonly string[];
  rowsOf(pkg: DataPackage): readonly R[];
  cells(row: R): unknown[];
  /** The records from the columns read back, in row order. */
  fromColumns(columns: Columns): R[];
}

/** A result's columns by name. */
export type Columns = Record<string, unknown[]>;

/** Records made one row at a time, for tables of a few hundred rows. */
const byRow =
  <R>(fromCells: (cells: Cells) => R) =>
  (columns: Columns): R[] => {
    const names = Object.keys(columns);
    return (columns[names[0] ?? ''] ?? []).map((_, i) => fromCells(Object.fromEntries(names.map((name) => [name, columns[name]?.[i]]))));
  };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** The record without its undefined fields, in its key order: what the package reader's records compare equal to. */
export const present = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

const panels: Table<PackagePanel> = {
  name: 'panels',
  columns: [['id', 'text'], ['title', 'text'], ['summary', 'text'], ['sort_order', 'int']],
  key: ['id'],
  rowsOf: (pkg) => pkg.panels,
  cells: (row) => [row.id, row.title, row.summary, row.order],
  fromColumns: byRow((c) => ({ id: c.id as string, title: c.title as string, summary: c.summary as string, order: c.sort_order as number })),
};

const entities: Table<PackageEntity> = {
  name: 'entities',
  columns: [['id', 'text'], ['name', 'text'], ['kind', 'text']],
  key: ['id'],
  rowsOf: (pkg) => pkg.entities,
  cells: (row) => [row.id, row.name, row.kind],
  fromColumns: byRow((c) => present({ id: c.id as string, name: c.name as string, kind: text(c.kind) as PackageEntity['kind'] })),
};

const indicators: Table<PackageIndicator> = {
  name: 'indicators',
  columns: [
    ['id', 'text'], ['panel', 'text'], ['title', 'text'], ['unit', 'text'], ['short_unit', 'text'], ['description', 'text'],
    ['description_processing', 'text'], ['decimals', 'int'], ['featured', 'boolean'], ['prices', 'text'], ['breaks', 'texts'],
  ],
  key: ['id'],
  rowsOf: (pkg) => pkg.indicators,
  cells: (row) => [row.id, row.panel, row.title, row.unit, row.shortUnit, row.description, row.descriptionProcessing, row.decimals, row.featured, row.prices, row.breaks],
  fromColumns: byRow((c) =>
    present({
      id: c.id as string,
      panel: c.panel as string,
      title: c.title as string,
      unit: c.unit as string,
      shortUnit: text(c.short_unit),
      description: c.description as string,
      descriptionProcessing: text(c.description_processing),
      decimals: num(c.decimals),
      featured: c.featured as boolean,
      prices: text(c.prices) as PackageIndicator['prices'],
      breaks: c.breaks as string[],
    }),
  ),
};

const observations: Table<PackageObservation> = {
  name: 'observations',
  columns: [['indicator', 'text'], ['entity', 'text'], ['period', 'text'], ['value', 'number'], ['status', 'text'], ['qualifier', 'text'], ['source', 'text'], ['note', 'text'], ['alternative', 'boolean']],
  // Several rows share an indicator, entity and period (a headline and its alternatives): the ordinal is the key.
  key: ['ordinal'],
  rowsOf: (pkg) => pkg.observations,
  cells: (row) => [row.indicator, row.entity, row.period, row.value, row.status, row.qualifier, row.source, row.note, row.alternative],
  // Without a cells object per row: a package can have a million of these.
  fromColumns: (columns) => observationsFrom(columns),
};

/** Written out rather than present(), column by column. */
function observationsFrom(columns: Columns): PackageObservation[] {
  const column = (name: string) => columns[name] ?? [];
  const [indicator, entity, period, value, status, qualifier, source, note, alternative] = ['indicator', 'entity', 'period', 'value', 'status', 'qualifier', 'source', 'note', 'alternative'].map(column);
  return column('indicator').map((_, i) => {
    const observation = { indicator: indicator?.[i], entity: entity?.[i], period: period?.[i], value: value?.[i] ?? null } as PackageObservation;
    if (status?.[i] !== null) observation.status = status?.[i] as PackageObservation['status'];
    if (qualifier?.[i] !== null) observation.qualifier = qualifier?.[i] as PackageObservation['qualifier'];
    observation.source = source?.[i] as string;
    if (note?.[i] !== null) observation.note = note?.[i] as string;
    observation.alternative = alternative?.[i] as boolean;
    return observation;
  });
}

const facts: Table<PackageFact> = {
  name: 'facts',
  columns: [
    ['id', 'text'], ['panel', 'text'], ['kind', 'text'], ['text', 'text'], ['label', 'text'], ['indicator', 'text'], ['company', 'text'], ['entity', 'text'],
    ['date', 'text'], ['period', 'text'], ['status', 'text'], ['value', 'number'], ['unit', 'text'], ['qualifier', 'text'], ['source', 'text'],
  ],
  key: ['id'],
  rowsOf: (pkg) => pkg.facts,
  cells: (row) => [row.id, row.panel, row.kind, row.text, row.label, row.indicator, row.company, row.entity, row.date, row.period, row.status, row.value, row.unit, row.qualifier, row.source],
  fromColumns: byRow((c) =>
    present({
      id: c.id as string,
      panel: c.panel as string,
      kind: c.kind as PackageFact['kind'],
      text: c.text as string,
      label: text(c.label),
      indicator: text(c.indicator),
      company: text(c.company),
      entity: text(c.entity),
      date: text(c.date),
      period: text(c.period),
      status: text(c.status) as PackageFact['status'],
      value: num(c.value),
      unit: text(c.unit),
      qualifier: text(c.qualifier) as PackageFact['qualifier'],
      source: c.source as string,
    }),
  ),
};

const sources: Table<PackageSource> = {
  name: 'sources',
  columns: [['id', 'text'], ['title', 'text'], ['producer', 'text'], ['date_published', 'text'], ['url', 'text'], ['grade', 'text'], ['quote', 'text'], ['description', 'text']],
  key: ['id'],
  rowsOf: (pkg) => pkg.sources,
  cells: (row) => [row.id, row.title, row.producer, row.datePublished, row.url, row.grade, row.quote, row.description],
  fromColumns: byRow((c) =>
    present({
      id: c.id as string,
      title: c.title as string,
      producer: c.producer as string,
      datePublished: text(c.date_published) ?? null,
      url: text(c.url),
      grade: c.grade as PackageSource['grade'],
      quote: text(c.quote),
      description: text(c.description),
    }),
  ),
};

export interface TranslationRow {
  language: string;
  key: string;
  text: string;
}

const translations: Table<TranslationRow> = {
  name: 'translations',
  columns: [['language', 'text'], ['key', 'text'], ['text', 'text']],
  key: ['language', 'key'],
  rowsOf: (pkg) => Object.entries(pkg.translations).flatMap(([language, texts]) => Object.entries(texts).map(([key, value]) => ({ language, key, text: value }))),
  cells: (row) => [row.language, row.key, row.text],
  fromColumns: byRow((c) => ({ language: c.language as string, key: c.key as string, text: c.text as string })),
};

export const TABLES = { panels, entities, indicators, observations, facts, sources, translations } as const;

const quoted = (name: string) => `"${name}"`;

/** The statements that make the schema; run at every open, they change nothing once it is there. */
export function schemaStatements(): string[] {
  const datasets = `CREATE TABLE IF NOT EXISTS datasets (name VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, version VARCHAR, description VARCHAR,
    checksum VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, observations INTEGER NOT NULL)`;
  const tables = (Object.values(TABLES) as Table<unknown>[]).map((table) => {
    const columns = table.columns.map(([name, kind]) => `${quoted(name)} ${SQL_TYPES[kind]}`).join(', ');
    const key = ['dataset', ...table.key].map(quoted).join(', ');
    return `CREATE TABLE IF NOT EXISTS ${table.name} (dataset VARCHAR NOT NULL, ordinal INTEGER NOT NULL, ${columns}, PRIMARY KEY (${key}))`;
  });
  return [datasets, ...tables];
}

/** A row as the appender takes it: dataset, ordinal, then the table's columns. */
export function appenderRow<R>(table: Table<R>, dataset: string, ordinal: number, row: R): DuckDBValue[] {
  const cells = table.cells(row);
  return [dataset, ordinal, ...cells.map((cell) => (cell === undefined ? null : Array.isArray(cell) ? listValue(cell as string[]) : (cell as DuckDBValue)))];
}

/** The table's rows of one dataset, in the package's order. */
export const selectRows = (table: Table<unknown>) => `SELECT ${table.columns.map(([name]) => quoted(name)).join(', ')} FROM ${table.name} WHERE dataset = $1 ORDER BY ordinal`;
