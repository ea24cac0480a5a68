// Where the server keeps its datasets: DuckDB in one file by default, PostgreSQL when DATABASE_URL
// is set. A store keeps data packages as imported and gives them back whole; the API's request
// functions (mocks/api/respond.ts) answer over what it gives back, as they do in the page.
import type { DataPackage } from '../../src/data-package/package-data';

/** A dataset as the store lists it. */
export interface DatasetRecord {
  /** The package's `name`: the key a client asks for (`?dataset=`). */
  name: string;
  title: string;
  version?: string;
  /** sha256 of the package's files as imported (hex): it changes when any byte does. */
  checksum: string;
  /** When this version was imported, ISO 8601 in UTC. */
  importedAt: string;
  /** How many observation rows the package has. */
  observations: number;
}

export interface Store {
  /** Which store this is, for logs and the health check. */
  readonly kind: 'duckdb' | 'postgres';
  /** Every dataset, by name. */
  list(): Promise<DatasetRecord[]>;
  /** One dataset's record; cheap enough to ask on every request. */
  get(name: string): Promise<DatasetRecord | undefined>;
  /** The package and the record it belongs to, read in one snapshot: never half of one import and half of another. */
  read(name: string): Promise<{ record: DatasetRecord; pkg: DataPackage } | undefined>;
  /**
   * Adds the package, or replaces the dataset of the same name, in one transaction: a reader sees
   * the old dataset or the new one, never a mix, and a failure leaves the old one as it was.
   */
  put(pkg: DataPackage, checksum: string): Promise<DatasetRecord>;
  close(): Promise<void>;
}
