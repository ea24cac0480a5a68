// One CSV file read against its table's columns: every cell typed, every problem listed with its
// row and column, and nothing kept from a row that has one.
import Papa from 'papaparse';
import type { Problems } from './problems';
import type { Column, Table } from './tables';

export type Cell = string | number | boolean | undefined;

export interface Row {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  line: number;
  cells: Readonly<Record<string, Cell>>;
}

const TRUE = new Set(['true', 'True', 'TRUE', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', '0']);
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source)));
  return pattern;
};

/** The cell's value, or the reason it is not one. */
function readCell(raw: string, column: Column): { value: Cell } | { expected: string } {
  const text = raw.trim();
  if (text === '') return column.required ? { expected: `a value (${column.description.replace(/\.$/, '')})` } : { value: undefined };
  switch (column.type) {
    case 'number':
      return NUMBER.test(text) ? { value: Number(text) } : { expected: `a number such as 1234.5, with a point for decimals and no thousands separators; got "${clip(text)}"` };
    case 'integer':
      return /^[-+]?\d+$/.test(text) && (!column.pattern || patternOf(column.pattern).test(text))
        ? { value: Number(text) }
        : { expected: `${column.example ?? 'a whole number'}; got "${clip(text)}"` };
    case 'boolean':
      if (TRUE.has(text)) return { value: true };
      return FALSE.has(text) ? { value: false } : { expected: `true or false; got "${clip(text)}"` };
    case 'string':
      if (column.enum && !column.enum.includes(text)) return { expected: `one of ${column.enum.join(', ')}; got "${clip(text)}"` };
      if (column.pattern && !patternOf(column.pattern).test(text)) return { expected: `${column.example ?? column.pattern}; got "${clip(text)}"` };
      return { value: text };
  }
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export interface TableOptions {
  /** Called now and then with the share of rows read, from 0 to 1. */
  onProgress?: (done: number) => void;
}

/** The rows of `text` (a CSV file named `file`) that have no problem; the others go to `problems`. */
export function readTable(file: string, text: string, table: Table, problems: Problems, options: TableOptions = {}): Row[] {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: false });
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    const line = error.row === undefined ? undefined : error.row + 1;
    if (line !== undefined) badRows.add(line);
    problems.add({ file, row: line, message: `${error.message} (expected comma-separated values, with "quotes" around any value that holds a comma or a line break)` });
  }
  const [header = [], ...records] = parsed.data;
  const names = header.map((name) => name.trim());
  const known = new Map(table.columns.map((column) => [column.name, column]));
  const missing = table.columns.filter((column) => column.present && !names.includes(column.name));
  for (const column of missing) problems.add({ file, row: 1, column: column.name, message: `missing column; expected a column named "${column.name}" (${column.description})` });
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) problems.add({ file, row: 1, column: name, message: 'the column appears twice; expected each column once' });
  });
  if (missing.length > 0) return [];
  const columns = names.map((name) => known.get(name));
  const rows: Row[] = [];
  const every = Math.max(1, Math.floor(records.length / 50));
  records.forEach((record, index) => {
    const line = index + 2;
    if (index % every === 0) options.onProgress?.(index / records.length);
    if (record.length === 1 && record[0]?.trim() === '') return; // a blank line
    if (badRows.has(line)) return;
    if (record.length !== names.length) {
      problems.add({ file, row: line, message: `${record.length} values; expected ${names.length}, one per column of the header (a value holding a comma needs "quotes")` });
      return;
    }
    const cells: Record<string, Cell> = {};
    let isGood = true;
    columns.forEach((column, at) => {
      if (!column) return; // a column of the file's own, which the spec allows
      const read = readCell(record[at] ?? '', column);
      if ('expected' in read) {
        isGood = false;
        problems.add({ file, row: line, column: column.name, message: `expected ${read.expected}` });
      } else if (read.value !== undefined) {
        cells[column.name] = read.value;
      }
    });
    if (isGood) rows.push({ line, cells });
  });
  options.onProgress?.(1);
  return rows;
}
