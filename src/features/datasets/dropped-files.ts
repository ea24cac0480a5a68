// The files a reader dropped or picked, as the worker takes them: a dropped folder brings every
// file in it, named by its path inside the folder (a package's descriptor finds its CSV files so).
import type { FileToOpen } from '../../api/worker-protocol';

const readEntries = (reader: FileSystemDirectoryReader) => new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function filesUnder(entry: FileSystemEntry): Promise<FileToOpen[]> {
  if (entry.isFile) return [{ name: entry.fullPath.replace(/^\//, ''), blob: await fileOf(entry as FileSystemFileEntry) }];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const found: FileToOpen[] = [];
  // readEntries gives a folder's entries in batches, until an empty one.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) found.push(...(await filesUnder(child)));
  }
  return found;
}

export async function droppedFiles(transfer: DataTransfer): Promise<FileToOpen[]> {
  // Entries must be taken during the drop event, before the first await.
  const entries = [...transfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry?.() ?? null);
  const files = [...transfer.files];
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    return (await Promise.all(entries.map((entry) => filesUnder(entry as FileSystemEntry)))).flat();
  }
  return pickedFiles(files);
}

export const pickedFiles = (files: Iterable<File>): FileToOpen[] => [...files].map((file) => ({ name: file.webkitRelativePath || file.name, blob: file }));
