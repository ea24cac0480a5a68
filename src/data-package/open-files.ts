// What a person opens (a .zip, datapackage.json with its CSV files, or one CSV of observations)
// turned into the texts the package reader checks. The page and the command line share it.
import { unzipSync } from 'fflate';
import type { PackageInput } from './read-package';
import type { Problem } from './problems';

export interface OpenedFile {
  /** The file's path as given (a name, or a path inside a folder or a .zip). */
  name: string;
  bytes: Uint8Array;
}

const DESCRIPTOR = 'datapackage.json';
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const stem = (name: string) => baseName(name).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'data';

/** The files of a .zip, leaving out folders and the clutter some systems add. */
export function unzip(file: OpenedFile): OpenedFile[] | Problem {
  try {
    const entries = unzipSync(file.bytes, { filter: (entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/') && !baseName(entry.name).startsWith('.') });
    return Object.entries(entries).map(([name, bytes]) => ({ name, bytes }));
  } catch (error) {
    return { file: file.name, message: `not a readable .zip file (${error instanceof Error ? error.message : String(error)})` };
  }
}

function decode(file: OpenedFile): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { file: file.name, message: 'not UTF-8 text; expected a CSV or JSON file saved as UTF-8 (in a spreadsheet: "CSV UTF-8")' };
  }
}

/** The package's texts, or why they cannot be read. */
export function openFiles(opened: readonly OpenedFile[]): { input: PackageInput } | { problems: Problem[] } {
  const first = opened[0];
  if (!first) return { problems: [{ file: '(none)', message: 'no file; expected a .zip, datapackage.json with its CSV files, or one CSV' }] };
  let files = [...opened];
  if (files.length === 1 && /\.zip$/i.test(first.name)) {
    const entries = unzip(first);
    if (!Array.isArray(entries)) return { problems: [entries] };
    files = entries;
  }
  const descriptors = files.filter((file) => baseName(file.name) === DESCRIPTOR).sort((a, b) => a.name.split('/').length - b.name.split('/').length);
  const descriptorFile = descriptors[0];
  const csvFiles = files.filter((file) => /\.csv$/i.test(file.name));
  if (!descriptorFile && csvFiles.length !== 1) {
    const found = files.map((file) => file.name).slice(0, 5).join(', ');
    return { problems: [{ file: first.name, message: `expected datapackage.json with its CSV files, a .zip of them, or one CSV of observations; found ${found || 'no file'}` }] };
  }
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  const folder = descriptorFile ? folderOf(descriptorFile.name) : '';
  for (const file of descriptorFile ? files.filter((f) => f.name.startsWith(folder) && /\.(csv|json)$/i.test(f.name)) : csvFiles) {
    const text = decode(file);
    if (typeof text === 'string') texts.set(file.name.slice(folder.length), text);
    else problems.push(text);
  }
  if (problems.length > 0) return { problems };
  const descriptor = texts.get(DESCRIPTOR);
  texts.delete(DESCRIPTOR);
  const fallbackName = stem(opened.length === 1 ? first.name : (csvFiles[0]?.name ?? first.name));
  return { input: { descriptor, descriptorFile: descriptorFile?.name, files: texts, fallbackName } };
}
