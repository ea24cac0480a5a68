// Which store the server keeps its datasets in, from the environment: PostgreSQL when DATABASE_URL
// is set (any number of server processes over one database), else DuckDB in one file.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDuckDbStore } from './duckdb-store';
import { openPostgresStore, postgresLocation } from './postgres-store';
import type { Store } from './store';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the DuckDB file is when DUCKDB_PATH does not say (git-ignored). */
export const DEFAULT_DUCKDB_PATH = resolve(PROJECT_ROOT, '.data/datasets.duckdb');

export type StoreEnv = Partial<Record<'DUCKDB_PATH' | 'DATABASE_URL', string>>;

/** Opens the configured store; the caller closes it. */
export async function openStore(env: StoreEnv = process.env): Promise<Store> {
  if (env.DATABASE_URL) return openPostgresStore(env.DATABASE_URL);
  const path = env.DUCKDB_PATH ? resolve(env.DUCKDB_PATH) : DEFAULT_DUCKDB_PATH;
  mkdirSync(dirname(path), { recursive: true });
  return openDuckDbStore(path);
}

/** Where the configured store is, for a person reading a command's output. */
export function storeLocation(env: StoreEnv = process.env): string {
  if (env.DATABASE_URL) return postgresLocation(env.DATABASE_URL);
  return `DuckDB file ${env.DUCKDB_PATH ? resolve(env.DUCKDB_PATH) : DEFAULT_DUCKDB_PATH}`;
}
