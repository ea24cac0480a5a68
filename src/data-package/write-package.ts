// A data package written out: the descriptor, with each table's Table Schema built from the
// columns the reader checks, and one CSV per table. Reading what this writes gives the same package.
import Papa from 'papaparse';
import type { DataPackage } from './package-data';
import { TABLE_NAMES, TABLES, type Column, type Table, type TableName } from './tables';

export const PROFILE_URL = 'https://datapackage.org/profiles/2.0/datapackage.json';

function field(column: Column) {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: [...column.enum] } : {}),
    ...(column.pattern && column.type === 'string' ? { pattern: column.pattern } : {}),
  };
  return { name: column.name, type: column.type, description: column.description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

function resource(table: Table) {
  return {
    name: table.name,
    type: 'table',
    path: table.path,
    title: table.title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: table.columns.map(field),
      ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
      ...(table.foreignKeys
        ? { foreignKeys: table.foreignKeys.map((key) => ({ fields: [key.fields], reference: { resource: key.resource, fields: [key.reference] } })) }
        : {}),
    },
  };
}

type CellValue = string | number | boolean | null | undefined;

/** Each table's rows, in the columns of tables.ts. */
function rowsOf(pkg: DataPackage): Record<TableName, Record<string, CellValue>[]> {
  return {
    observations: pkg.observations.map((o) => ({ ...o, alternative: o.alternative || undefined })),
    indicators: pkg.indicators.map((i) => ({
      id: i.id,
      panel: i.panel,
      title: i.title,
      unit: i.unit,
      short_unit: i.shortUnit,
      description: i.description,
      description_processing: i.descriptionProcessing,
      decimals: i.decimals,
      featured: i.featured || undefined,
      prices: i.prices,
      breaks: i.breaks.join(' '),
    })),
    sources: pkg.sources.map((s) => ({ id: s.id, title: s.title, producer: s.producer, date_published: s.datePublished, url_main: s.url, grade: s.grade, quote: s.quote, description: s.description })),
    facts: pkg.facts.map((f) => ({ ...f })),
    panels: pkg.panels.map((p) => ({ ...p })),
    entities: pkg.entities.map((e) => ({ ...e })),
    translations: (['fr', 'zh'] as const).flatMap((language) => Object.entries(pkg.translations[language]).map(([key, text]) => ({ key, language, text }))),
  };
}

function csv(table: Table, rows: Record<string, CellValue>[]): string {
  const fields = table.columns.map((column) => column.name);
  const data = rows.map((row) => fields.map((name) => (row[name] === undefined || row[name] === null ? '' : String(row[name]))));
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/** `datapackage.json` and the CSV files, by path. */
export function writePackage(pkg: DataPackage): Map<string, string> {
  const rows = rowsOf(pkg);
  const descriptor = {
    $schema: PROFILE_URL,
    name: pkg.name,
    title: pkg.title,
    ...(pkg.version ? { version: pkg.version } : {}),
    ...(pkg.description ? { description: pkg.description } : {}),
    resources: TABLE_NAMES.map((name) => resource(TABLES[name])),
  };
  const files = new Map<string, string>([['datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`]]);
  for (const name of TABLE_NAMES) files.set(TABLES[name].path, csv(TABLES[name], rows[name]));
  return files;
}
