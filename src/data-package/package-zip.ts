// A package as one .zip: datapackage.json and its CSV files at the top, as a reader expects to
// find them when they unzip it, and as openFiles reads them back.
import { strToU8, zipSync } from 'fflate';
import type { DataPackage } from './package-data';
import { writePackage } from './write-package';

export function zipPackage(pkg: DataPackage): { fileName: string; bytes: Uint8Array } {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of writePackage(pkg)) entries[path] = strToU8(text);
  return { fileName: `${pkg.name}.zip`, bytes: zipSync(entries, { level: 6 }) };
}
