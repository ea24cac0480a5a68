// For tests: a DuckDB store in a new temporary folder with the bundled dataset imported, as the
// server has it after its first start.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundledIfMissing } from './bundled';
import { storeDatasets } from './datasets';
import { openDuckDbStore } from './store/duckdb-store';

export async function bundledTestStore() {
  const store = await openDuckDbStore(join(mkdtempSync(join(tmpdir(), 'api-test-')), 'datasets.duckdb'));
  const { name } = await importBundledIfMissing(store);
  return { store, name, datasets: storeDatasets(store, name) };
}
