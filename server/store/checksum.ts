// A package's checksum: sha256 over its files, each named, in name order, so the same files give
// the same checksum however they arrived (a folder, a .zip, an upload).
import { createHash } from 'node:crypto';
import type { OpenedFile } from '../../src/data-package/open-files';

export function packageChecksum(files: readonly OpenedFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${file.name}\0${file.bytes.byteLength}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}
