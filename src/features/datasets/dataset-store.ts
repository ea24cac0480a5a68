// The opened datasets kept in this browser (IndexedDB): each one's original files, as the reader
// opened them, and what the menu shows about it. Files and metadata are written in one
// transaction, so one is never kept without the other; the menu lists metadata without reading
// the files.
import type { DatasetSummary, FileToOpen } from '../../api/worker-protocol';

export interface StoredDataset {
  id: string;
  title: string;
  fileNames: string[];
  bytes: number;
  /** ISO date and time it was opened. */
  openedAt: string;
  summary: DatasetSummary;
}

export interface DatasetStore {
  list(): Promise<StoredDataset[]>;
  files(id: string): Promise<FileToOpen[] | undefined>;
  put(dataset: StoredDataset, files: FileToOpen[]): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'cq-dashboard-datasets';
const META = 'datasets';
const FILES = 'files';

const settled = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(META, { keyPath: 'id' });
    request.result.createObjectStore(FILES);
  };
  return settled(request);
}

/** The browser's IndexedDB; the first call that finds it blocked (some private windows) rejects. */
export function indexedDbStore(): DatasetStore {
  let database: Promise<IDBDatabase> | undefined;
  const db = () => (database ??= openDatabase());
  return {
    async list() {
      const all = await settled((await db()).transaction(META).objectStore(META).getAll() as IDBRequest<StoredDataset[]>);
      return all.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    },
    async files(id) {
      return settled((await db()).transaction(FILES).objectStore(FILES).get(id) as IDBRequest<FileToOpen[] | undefined>);
    },
    async put(dataset, files) {
      const transaction = (await db()).transaction([META, FILES], 'readwrite');
      transaction.objectStore(META).put(dataset);
      transaction.objectStore(FILES).put(files, dataset.id);
      return committed(transaction);
    },
    async remove(id) {
      const transaction = (await db()).transaction([META, FILES], 'readwrite');
      transaction.objectStore(META).delete(id);
      transaction.objectStore(FILES).delete(id);
      return committed(transaction);
    },
  };
}

/** A store that forgets on reload: for tests. */
export function memoryStore(): DatasetStore {
  const kept = new Map<string, { dataset: StoredDataset; files: FileToOpen[] }>();
  return {
    list: async () => [...kept.values()].map(({ dataset }) => dataset).sort((a, b) => b.openedAt.localeCompare(a.openedAt)),
    files: async (id) => kept.get(id)?.files,
    put: async (dataset, files) => void kept.set(dataset.id, { dataset, files }),
    remove: async (id) => void kept.delete(id),
  };
}
