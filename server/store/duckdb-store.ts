// The default store: DuckDB embedded, in one file (DUCKDB_PATH). DuckDB lets one process open a
// file at a time, so this store is the file's only writer: writes queue here, one transaction each,
// on one connection, and the datasets' records are kept in memory too, changed by a write once it
// commits, so `get` (asked at every request) costs no query. A read takes a connection of its own
// and one transaction, which DuckDB serves from a snapshot: the dataset as the last commit left it.
import { DuckDBDataChunkWriter, DuckDBInstance, jsToDuckDBValue, TIMESTAMP, type DuckDBConnection } from '@duckdb/node-api';
import { LANGUAGES } from '../../src/api/contract';
import type { DataPackage, Translated } from '../../src/data-package/package-data';
import { appenderRow, present, schemaStatements, selectRows, TABLES, type Cells, type Columns, type Table, type TranslationRow } from './duckdb-tables';
import type { DatasetRecord, Store } from './store';

const RECORD_COLUMNS = 'name, title, version, checksum, imported_at, observations';

function recordOf(cells: Cells): DatasetRecord {
  const record: DatasetRecord = {
    name: cells.name as string,
    title: cells.title as string,
    version: (cells.version ?? undefined) as string | undefined,
    checksum: cells.checksum as string,
    importedAt: (cells.imported_at as Date).toISOString(),
    observations: cells.observations as number,
  };
  return present(record);
}

async function rowsOf(connection: DuckDBConnection, sql: string, values: string[]): Promise<Cells[]> {
  return (await connection.runAndReadAll(sql, values)).getRowObjectsJS() as Cells[];
}

/** Runs one task at a time, in the order given: a connection runs one statement at a time. */
function queue() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}

/** Appends the package's rows to one table, by data chunks: a million observations take seconds, not minutes. */
async function appendTable<R>(connection: DuckDBConnection, table: Table<R>, pkg: DataPackage) {
  const appender = await connection.createAppender(table.name);
  try {
    const writer = DuckDBDataChunkWriter.forAppender(appender);
    table.rowsOf(pkg).forEach((row, ordinal) => writer.appendRow(appenderRow(table, pkg.name, ordinal, row)));
    writer.flush();
  } catch (cause) {
    try {
      appender.clear(); // the rows it still holds must not reach the table on close
      appender.closeSync();
    } catch {
      // The append's own error says what went wrong; the transaction is rolled back either way.
    }
    throw cause;
  }
  appender.closeSync(); // writes what it still holds: a repeated key can be refused here too
}

class DuckDbStore implements Store {
  readonly kind = 'duckdb' as const;
  readonly #instance: DuckDBInstance;
  readonly #writer: DuckDBConnection;
  readonly #records: Map<string, DatasetRecord>;
  readonly #write = queue();

  constructor(instance: DuckDBInstance, writer: DuckDBConnection, records: readonly DatasetRecord[]) {
    this.#instance = instance;
    this.#writer = writer;
    this.#records = new Map(records.map((record) => [record.name, record]));
  }

  list(): Promise<DatasetRecord[]> {
    return Promise.resolve([...this.#records.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  }

  get(name: string): Promise<DatasetRecord | undefined> {
    return Promise.resolve(this.#records.get(name));
  }

  async read(name: string): Promise<{ record: DatasetRecord; pkg: DataPackage } | undefined> {
    const connection = await this.#instance.connect();
    try {
      await connection.run('BEGIN TRANSACTION');
      try {
        const [cells] = await rowsOf(connection, `SELECT ${RECORD_COLUMNS}, description FROM datasets WHERE name = $1`, [name]);
        if (!cells) return undefined;
        const read = async <R>(table: Table<R>): Promise<R[]> => {
          const result = await connection.runAndReadAll(selectRows(table as Table<unknown>), [name]);
          return table.fromColumns(result.getColumnsObjectJS() as Columns);
        };
        const translations = Object.fromEntries(LANGUAGES.filter((language) => language !== 'en').map((language) => [language, {}])) as DataPackage['translations'];
        for (const { language, key, text } of await read<TranslationRow>(TABLES.translations)) (translations[language as Translated] ??= {})[key] = text;
        const pkg: DataPackage = {
          name: cells.name as string,
          title: cells.title as string,
          version: (cells.version ?? undefined) as string | undefined,
          description: (cells.description ?? undefined) as string | undefined,
          panels: await read(TABLES.panels),
          entities: await read(TABLES.entities),
          indicators: await read(TABLES.indicators),
          observations: await read(TABLES.observations),
          facts: await read(TABLES.facts),
          sources: await read(TABLES.sources),
          translations,
        };
        return { record: recordOf(cells), pkg: present(pkg) };
      } finally {
        await connection.run('COMMIT'); // read only: nothing to write, the snapshot ends
      }
    } finally {
      connection.closeSync();
    }
  }

  put(pkg: DataPackage, checksum: string): Promise<DatasetRecord> {
    return this.#write(async () => {
      const connection = this.#writer;
      const importedAt = new Date();
      await connection.run('BEGIN TRANSACTION');
      try {
        for (const table of Object.values(TABLES)) await connection.run(`DELETE FROM ${table.name} WHERE dataset = $1`, [pkg.name]);
        await connection.run(
          `INSERT INTO datasets (name, title, version, description, checksum, imported_at, observations) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (name) DO UPDATE SET title = excluded.title, version = excluded.version, description = excluded.description,
             checksum = excluded.checksum, imported_at = excluded.imported_at, observations = excluded.observations`,
          [pkg.name, pkg.title, pkg.version ?? null, pkg.description ?? null, checksum, jsToDuckDBValue(importedAt, TIMESTAMP), pkg.observations.length],
        );
        for (const table of Object.values(TABLES) as Table<unknown>[]) await appendTable(connection, table, pkg);
        await connection.run('COMMIT');
      } catch (cause) {
        await connection.run('ROLLBACK');
        throw cause;
      }
      const record = recordOf({ name: pkg.name, title: pkg.title, version: pkg.version, checksum, imported_at: importedAt, observations: pkg.observations.length });
      this.#records.set(record.name, record);
      return record;
    });
  }

  async close(): Promise<void> {
    await this.#write(() => Promise.resolve()); // a write under way finishes first
    this.#writer.closeSync();
    this.#instance.closeSync();
  }
}

/** Opens (or creates) the store in the DuckDB file at `path`; the folder must exist. */
export async function openDuckDbStore(path: string): Promise<Store> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/lock/i.test(message)) {
      const what = `The DuckDB file ${path} is open in another process (a running \`npm run api\` or \`data:import\`), and DuckDB lets one process use a file at a time`;
      throw new Error(`${what}: stop that process first, or publish to the running server over HTTP (PUT /api/v1/datasets/<name>, docs/server.md). ${message}`, { cause });
    }
    throw cause;
  }
  const writer = await instance.connect();
  for (const statement of schemaStatements()) await writer.run(statement);
  return new DuckDbStore(instance, writer, (await rowsOf(writer, `SELECT ${RECORD_COLUMNS} FROM datasets`, [])).map(recordOf));
}
