// A data package (descriptor and CSV files, or one long CSV of observations) read and checked as a
// whole: either every table is good and cross-referenced, or nothing is kept and every problem is
// listed. The browser, the command line and the server all read packages through this.
import { assemble } from './assemble';
import type { DataPackage } from './package-data';
import { collectProblems, type Problem, type Problems } from './problems';
import { readTable, type Row } from './read-table';
import { TABLE_NAMES, TABLES, type TableName } from './tables';

export interface PackageInput {
  /** The descriptor's text; absent for a lone CSV of observations. */
  descriptor?: string;
  /** Where the descriptor was found, for messages. */
  descriptorFile?: string;
  /** The CSV files' texts by their path relative to the descriptor. */
  files: ReadonlyMap<string, string>;
  /** A name for a package whose descriptor gives none (the file's name). */
  fallbackName: string;
}

/** The official profile's verdict on a descriptor: scripts/profile-validator.mjs compiles it. */
export type ProfileCheck = (descriptor: unknown) => Problem[];

export interface ReadOptions {
  checkProfile?: ProfileCheck;
  onProgress?: (done: number) => void;
}

export type ReadResult = { ok: true; data: DataPackage } | { ok: false; problems: readonly Problem[]; count: number };

const DESCRIPTOR = 'datapackage.json';

interface Descriptor {
  name?: unknown;
  title?: unknown;
  version?: unknown;
  description?: unknown;
  resources?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Each of our tables' CSV text, by the resource that names it. */
function locateTables(input: PackageInput, problems: Problems): { tables: Map<TableName, { file: string; text: string }>; descriptor: Descriptor } | undefined {
  const tables = new Map<TableName, { file: string; text: string }>();
  if (input.descriptor === undefined) {
    const [entry] = input.files;
    if (!entry) {
      problems.add({ file: input.fallbackName, message: 'no CSV file; expected datapackage.json with its CSV files, a .zip of them, or one CSV of observations' });
      return undefined;
    }
    tables.set('observations', { file: entry[0], text: entry[1] });
    return { tables, descriptor: {} };
  }
  const file = input.descriptorFile ?? DESCRIPTOR;
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(input.descriptor);
  } catch (error) {
    problems.add({ file, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    return undefined;
  }
  if (typeof descriptor !== 'object' || descriptor === null || Array.isArray(descriptor)) {
    problems.add({ file, message: 'expected a JSON object with a "resources" list' });
    return undefined;
  }
  const resources = (descriptor as Descriptor).resources;
  if (!Array.isArray(resources)) return { tables, descriptor };
  resources.forEach((resource: unknown, index) => {
    if (typeof resource !== 'object' || resource === null) return;
    const { name, path, data } = resource as { name?: unknown; path?: unknown; data?: unknown };
    if (typeof name !== 'string' || !(TABLE_NAMES as readonly string[]).includes(name)) return; // not one of ours: allowed, unused
    const where = `resources[${index}] (${name})`;
    if (data !== undefined) return problems.add({ file, column: where, message: 'inline "data" is not read here; expected "path" naming a CSV file' });
    if (typeof path !== 'string') return problems.add({ file, column: where, message: 'expected "path" to be one CSV file (a list of parts is not read here)' });
    if (/^[a-z]+:\/\//i.test(path)) return problems.add({ file, column: where, message: `"${path}" is an address; expected a file in the package (nothing is downloaded)` });
    const content = input.files.get(path.replace(/^\.\//, ''));
    if (content === undefined) return problems.add({ file, column: where, message: `the file "${path}" is missing; expected it beside ${file}` });
    tables.set(name as TableName, { file: path, text: content });
  });
  if (!tables.has('observations')) problems.add({ file, column: 'resources', message: 'expected a resource named "observations" (a CSV of figures: indicator, period, value, source)' });
  return { tables, descriptor };
}

export function readPackage(input: PackageInput, options: ReadOptions = {}): ReadResult {
  const problems = collectProblems();
  const located = locateTables(input, problems);
  if (located && input.descriptor !== undefined) {
    for (const problem of options.checkProfile?.(JSON.parse(input.descriptor)) ?? []) problems.add(problem);
  }
  if (!located || problems.count > 0) return { ok: false, problems: problems.listed, count: problems.count };
  const { tables, descriptor } = located;
  const rowsOf = (name: TableName): { file: string; rows: Row[] } | undefined => {
    const table = tables.get(name);
    if (!table) return undefined;
    const onProgress = name === 'observations' ? options.onProgress : undefined;
    return { file: table.file, rows: readTable(table.file, table.text, TABLES[name], problems, { onProgress }) };
  };
  const name = text(descriptor.name) ?? input.fallbackName;
  const data = assemble(
    { name, title: text(descriptor.title) ?? name, version: text(descriptor.version), description: text(descriptor.description) },
    {
      observations: rowsOf('observations'),
      indicators: rowsOf('indicators'),
      sources: rowsOf('sources'),
      facts: rowsOf('facts'),
      panels: rowsOf('panels'),
      entities: rowsOf('entities'),
      translations: rowsOf('translations'),
    },
    problems,
  );
  return problems.count > 0 ? { ok: false, problems: problems.listed, count: problems.count } : { ok: true, data };
}

