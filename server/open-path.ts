// A package on disk (a folder, datapackage.json, a .zip or one CSV) read through the same checks
// as a file opened in the page, with the official profile compiled here by Ajv.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { OpenedFile } from '../src/data-package/open-files';
import type { ReadResult } from '../src/data-package/read-package';
import { readPackageFiles } from './read-files';

function filesUnder(folder: string, root = folder): OpenedFile[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, root);
    return entry.isFile() ? [{ name: relative(root, path).split('\\').join('/'), bytes: readFileSync(path) }] : [];
  });
}

/** The files a path stands for: a datapackage.json brings its folder with it. */
export function filesAt(path: string): OpenedFile[] {
  if (statSync(path).isDirectory()) return filesUnder(path);
  if (basename(path) === 'datapackage.json') return filesUnder(dirname(path));
  return [{ name: basename(path), bytes: readFileSync(path) }];
}

/** The package at `path`, read and checked. */
export function readPackageAt(path: string): ReadResult {
  return readPackageFiles(filesAt(path));
}
