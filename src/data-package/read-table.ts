// One CSV file read against its table's columns: every cell typed, every problem listed with its
// row and column, and nothing kept from a row that has one. Rows are read as the parser meets
// them and ids repeated on every row are checked once each, so a file of a million rows is read
// in a few seconds with one copy of it in memory.
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
/** Distinct values remembered per column: ids and periods repeat, free text does not. */
const MEMO_LIMIT = 10_000;

/** Why a cell is not a value, as the problem message ends. */
class Expected {
  constructor(readonly text: string) {}
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The column's cell reader: the value (undefined for an empty optional cell), or why not. */
function readerOf(column: Column): (raw: string) => Cell | Expected {
  const pattern = column.pattern ? new RegExp(column.pattern) : undefined;
  const typed = (text: string): Cell | Expected => {
    switch (column.type) {
      case 'number':
        return NUMBER.test(text) ? Number(text) : new Expected(`a number such as 1234.5, with a point for decimals and no thousands separators; got "${clip(text)}"`);
      case 'integer':
        return /^[-+]?\d+$/.test(text) && (!pattern || pattern.test(text)) ? Number(text) : new Expected(`${column.example ?? 'a whole number'}; got "${clip(text)}"`);
      case 'boolean':
        if (TRUE.has(text)) return true;
        return FALSE.has(text) ? false : new Expected(`true or false; got "${clip(text)}"`);
      case 'string':
        if (column.enum && !column.enum.includes(text)) return new Expected(`one of ${column.enum.join(', ')}; got "${clip(text)}"`);
        if (pattern && !pattern.test(text)) return new Expected(`${column.example ?? column.pattern}; got "${clip(text)}"`);
        return text;
    }
  };
  const read = (raw: string): Cell | Expected => {
    const text = raw.trim();
    if (text === '') return column.required ? new Expected(`a value (${column.description.replace(/\.$/, '')})`) : undefined;
    return typed(text);
  };
  if (column.type !== 'string' && column.type !== 'boolean') return read;
  // The same id on every row: checked once, and one copy of the string kept for all of them.
  const memo = new Map<string, Cell | Expected>();
  return (raw) => {
    let value = memo.get(raw);
    if (value === undefined && !memo.has(raw)) {
      value = read(raw);
      if (memo.size < MEMO_LIMIT) memo.set(raw, value);
    }
    return value;
  };
}

export interface TableOptions {
  /** Called now and then with the share of the file read, from 0 to 1. */
  onProgress?: (done: number) => void;
}

const PROGRESS_EVERY_ROWS = 10_000;

/** The rows of `text` (a CSV file named `file`) that have no problem; the others go to `problems`. */
export function readTable(file: string, text: string, table: Table, problems: Problems, options: TableOptions = {}): Row[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const known = new Map(table.columns.map((column) => [column.name, column]));
  const rows: Row[] = [];
  let names: string[] = [];
  let columns: { name: string; read: (raw: string) => Cell | Expected }[] | undefined;
  /** The header's columns, or false when one the table needs is missing. */
  const readHeader = (record: string[]) => {
    names = record.map((name) => name.trim());
    const header = names;
    const missing = table.columns.filter((column) => column.present && !header.includes(column.name));
    for (const column of missing) problems.add({ file, row: 1, column: column.name, message: `missing column; expected a column named "${column.name}" (${column.description})` });
    header.forEach((name, at) => {
      if (header.indexOf(name) !== at) problems.add({ file, row: 1, column: name, message: 'the column appears twice; expected each column once' });
    });
    if (missing.length > 0) return false;
    // A column of the file's own, which the spec allows, is read by no one.
    columns = header.map((name) => {
      const column = known.get(name);
      return column ? { name, read: readerOf(column) } : { name: '', read: () => undefined };
    });
    return true;
  };
  let index = -1; // the record's index; the header is record 0, a spreadsheet's row 1
  const onRecord = (record: string[], errors: readonly Papa.ParseError[], parser: Papa.Parser, cursor: number) => {
    index += 1;
    const line = index + 1;
    for (const error of errors) problems.add({ file, row: line, message: `${error.message} (expected comma-separated values, with "quotes" around any value that holds a comma or a line break)` });
    if (columns === undefined) {
      if (!readHeader(record)) parser.abort();
      return;
    }
    if (index % PROGRESS_EVERY_ROWS === 0) options.onProgress?.(cursor / body.length);
    if (record.length === 1 && record[0]?.trim() === '') return; // a blank line
    if (errors.length > 0) return;
    if (record.length !== names.length) {
      problems.add({ file, row: line, message: `${record.length} values; expected ${names.length}, one per column of the header (a value holding a comma needs "quotes")` });
      return;
    }
    const cells: Record<string, Cell> = {};
    let isGood = true;
    for (let at = 0; at < columns.length; at++) {
      const { name, read } = columns[at] ?? { name: '', read: () => undefined };
      if (name === '') continue;
      const value = read(record[at] ?? '');
      if (value instanceof Expected) {
        isGood = false;
        problems.add({ file, row: line, column: name, message: `expected ${value.text}` });
      } else if (value !== undefined) {
        cells[name] = value;
      }
    }
    if (isGood) rows.push({ line, cells });
  };
  // Comma always, as the format says: guessing fails on a file that is only a header.
  Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false, step: (result, parser) => onRecord(result.data, result.errors, parser, result.meta.cursor) });
  if (index === -1) readHeader([]); // an empty file: no header, so every needed column is missing
  options.onProgress?.(1);
  return columns ? rows : [];
}
