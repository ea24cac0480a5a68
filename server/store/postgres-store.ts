// The store on PostgreSQL (DATABASE_URL): the path when one machine is not enough, with any number
// of stateless API replicas over one database. A put is one transaction and a read one snapshot, so
// a replica never serves half of an import, whichever replica made it.
import postgres, { type Sql } from 'postgres';
import type { DataPackage } from '../../src/data-package/package-data';
import { copyRows } from './postgres-copy';
import { PACKAGE_TABLES, recordsOf, rowsOf, type PackageTable, type Row } from './postgres-rows';
import { ensureTables } from './postgres-schema';
import type { DatasetRecord, Store } from './store';

/** With the dataset's name, the lock that makes two puts of one dataset take turns. */
const PUT_LOCK = 7_340_023;

interface DatasetRow {
  name: string;
  title: string;
  version: string | null;
  description: string | null;
  checksum: string;
  imported_at: Date;
  observations: number;
}

function recordOf(row: DatasetRow): DatasetRecord {
  return {
    name: row.name,
    title: row.title,
    ...(row.version === null ? {} : { version: row.version }),
    checksum: row.checksum,
    importedAt: row.imported_at.toISOString(),
    observations: row.observations,
  };
}

async function put(sql: Sql, pkg: DataPackage, checksum: string): Promise<DatasetRecord> {
  const rows = rowsOf(pkg);
  return sql.begin(async (tx) => {
    // Without it, two puts of one dataset could both delete the old rows and both insert new ones.
    await tx`select pg_advisory_xact_lock(${PUT_LOCK}::int4, hashtext(${pkg.name}))`;
    await Promise.all(PACKAGE_TABLES.map((table) => tx`delete from ${tx(table)} where dataset = ${pkg.name}`));
    for (const table of PACKAGE_TABLES) await copyRows(tx, table, pkg.name, rows[table]);
    const [row] = await tx<DatasetRow[]>`
      insert into datasets (name, title, version, description, checksum, imported_at, observations)
      values (${pkg.name}, ${pkg.title}, ${pkg.version ?? null}, ${pkg.description ?? null}, ${checksum},
              date_trunc('milliseconds', clock_timestamp()), ${pkg.observations.length})
      on conflict (name) do update set title = excluded.title, version = excluded.version, description = excluded.description,
        checksum = excluded.checksum, imported_at = excluded.imported_at, observations = excluded.observations
      returning *`;
    if (!row) throw new Error(`The dataset ${pkg.name} was not written.`);
    return recordOf(row);
  });
}

async function read(sql: Sql, name: string): Promise<{ record: DatasetRecord; pkg: DataPackage } | undefined> {
  // One snapshot for the record and every table: a put committed meanwhile is wholly unseen.
  return sql.begin('isolation level repeatable read read only', async (tx) => {
    const [row] = await tx<DatasetRow[]>`select * from datasets where name = ${name}`;
    if (!row) return undefined;
    const tables = await Promise.all(
      PACKAGE_TABLES.map(async (table) => [table, await tx<Row[]>`select * from ${tx(table)} where dataset = ${name} order by ordinal`] as const),
    );
    const rows = new Map<PackageTable, readonly Row[]>(tables);
    const pkg: DataPackage = {
      name: row.name,
      title: row.title,
      ...(row.version === null ? {} : { version: row.version }),
      ...(row.description === null ? {} : { description: row.description }),
      ...recordsOf((table) => rows.get(table) ?? []),
    };
    return { record: recordOf(row), pkg };
  });
}

/** Where the store is, for logs and a person reading a command's output: never the password. */
export function postgresLocation(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL database ${decodeURIComponent(parsed.pathname.slice(1)) || '(default)'} on ${parsed.host || '(default host)'}`;
}

/** A store on the database at `url`, its tables created if missing. */
export async function openPostgresStore(url: string): Promise<Store> {
  // onnotice: "relation already exists, skipping" on every start is not news.
  const sql = postgres(url, { onnotice: () => {} });
  try {
    await ensureTables(sql);
  } catch (error) {
    await sql.end();
    throw error;
  }
  return {
    kind: 'postgres',
    list: async () => (await sql<DatasetRow[]>`select * from datasets order by name collate "C"`).map(recordOf),
    get: async (name) => {
      const [row] = await sql<DatasetRow[]>`select * from datasets where name = ${name}`;
      return row && recordOf(row);
    },
    read: (name) => read(sql, name),
    put: (pkg, checksum) => put(sql, pkg, checksum),
    close: () => sql.end(),
  };
}
