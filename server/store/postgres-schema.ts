// The PostgreSQL store's tables: one for the datasets' records, one per table of a data package,
// each row keyed by its dataset. Primary keys are the package's own keys, so the database itself
// refuses a package with two rows for one key; `ordinal` keeps each table's rows in their order.
// IF NOT EXISTS leaves a table that exists as it is: changing one here needs a migration, which
// nothing runs yet.
import type { Sql } from 'postgres';

/** Held while the tables are created, so two replicas starting at once do not race on them. */
const SCHEMA_LOCK = 7_340_023_001;

const TABLES = `
create table if not exists datasets (
  name text primary key,
  title text not null,
  version text,
  description text,
  checksum text not null,
  imported_at timestamptz not null,
  observations integer not null
);
create table if not exists panels (
  dataset text not null, ordinal integer not null,
  id text not null, title text not null, summary text not null, sort_order integer not null,
  primary key (dataset, id)
);
create table if not exists entities (
  dataset text not null, ordinal integer not null,
  id text not null, name text not null, kind text,
  primary key (dataset, id)
);
create table if not exists indicators (
  dataset text not null, ordinal integer not null,
  id text not null, panel text not null, title text not null, unit text not null, short_unit text,
  description text not null, description_processing text, decimals integer, featured boolean not null,
  prices text, breaks text[] not null,
  primary key (dataset, id)
);
create table if not exists observations (
  dataset text not null, ordinal integer not null,
  indicator text not null, entity text not null, period text not null, value double precision,
  status text, qualifier text, source text not null, note text, alternative boolean not null
);
-- Observations have no id: their place orders them. Unique, it would be checked against every row
-- a replacement deletes, which doubled the time to replace 1,000,000 of them.
create index if not exists observations_order on observations (dataset, ordinal);
create table if not exists facts (
  dataset text not null, ordinal integer not null,
  id text not null, panel text not null, kind text not null, text text not null, label text,
  indicator text, company text, entity text, date text, period text, status text,
  value double precision, unit text, qualifier text, source text not null,
  primary key (dataset, id)
);
create table if not exists sources (
  dataset text not null, ordinal integer not null,
  id text not null, title text not null, producer text not null, date_published text, url text,
  grade text not null, quote text, description text,
  primary key (dataset, id)
);
create table if not exists translations (
  dataset text not null, ordinal integer not null,
  language text not null, key text not null, text text not null,
  primary key (dataset, language, key)
);
`;

/** Creates the tables that are missing; safe to run from any number of processes at once. */
export async function ensureTables(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    // CREATE TABLE IF NOT EXISTS is not safe against itself: two sessions can both find a table
    // missing and one then fails on the catalog's unique index. The lock makes them take turns.
    await tx`select pg_advisory_xact_lock(${SCHEMA_LOCK}::bigint)`;
    await tx.unsafe(TABLES);
  });
}
