// The bundled data package (data/): the dataset a server's store starts with.
import { fileURLToPath } from 'node:url';
import type { DataPackage } from '../src/data-package/package-data';
import { describeProblem } from '../src/data-package/problems';
import { filesAt } from './open-path';
import { readPackageFiles } from './read-files';
import { packageChecksum } from './store/checksum';
import type { DatasetRecord, Store } from './store/store';

export const BUNDLED_PACKAGE = fileURLToPath(new URL('../data', import.meta.url));

/** The bundled package, read and checked, with the checksum of its files. */
export function readBundledPackage(): { pkg: DataPackage; checksum: string } {
  const files = filesAt(BUNDLED_PACKAGE);
  const read = readPackageFiles(files);
  if (!read.ok) throw new Error(`The bundled data package has problems:\n${read.problems.map(describeProblem).join('\n')}`);
  return { pkg: read.data, checksum: packageChecksum(files) };
}

/**
 * A first start: imports the bundled package when the store has no dataset of its name, and gives
 * the new record. A dataset of that name is never replaced here: a newer one may have been published.
 */
export async function importBundledIfMissing(store: Store): Promise<{ name: string; imported?: DatasetRecord }> {
  const { pkg, checksum } = readBundledPackage();
  if (await store.get(pkg.name)) return { name: pkg.name };
  return { name: pkg.name, imported: await store.put(pkg, checksum) };
}
