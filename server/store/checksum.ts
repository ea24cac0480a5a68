// A package's checksum: sha256 over its CSV and JSON files, each named from the folder of its
// datapackage.json, in name order. The same package gives the same checksum however it arrives: a
// folder, a .zip (with or without a folder inside), an upload.
import { createHash } from 'node:crypto';
import { unzip, type OpenedFile } from '../../src/data-package/open-files';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isPackageFile = (name: string) => /\.(csv|json)$/i.test(name) && !baseName(name).startsWith('.');

/** A lone .zip stands for its files, as the package reader takes it (open-files.ts). */
function unpacked(files: readonly OpenedFile[]): readonly OpenedFile[] {
  const [only] = files;
  if (files.length !== 1 || !only || !/\.zip$/i.test(only.name)) return files;
  const entries = unzip(only);
  return Array.isArray(entries) ? entries : files;
}

export function packageChecksum(files: readonly OpenedFile[]): string {
  const entries = unpacked(files).filter((file) => isPackageFile(file.name));
  const descriptor = entries.filter((file) => baseName(file.name) === 'datapackage.json').sort((a, b) => a.name.split('/').length - b.name.split('/').length)[0];
  const folder = descriptor ? descriptor.name.slice(0, descriptor.name.length - 'datapackage.json'.length) : '';
  const inPackage = entries.filter((file) => file.name.startsWith(folder)).map((file) => ({ name: file.name.slice(folder.length), bytes: file.bytes }));
  const hash = createHash('sha256');
  for (const file of inPackage.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${file.name}\0${file.bytes.byteLength}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}
