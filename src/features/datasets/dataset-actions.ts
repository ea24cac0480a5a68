// What the reader does with datasets: open files, switch, remove, download, and the start's
// reopening of the dataset a link names. One worker at a time holds an opened dataset; the
// dashboard changes only once a dataset is read and checked, so a bad file or Cancel leaves it
// as it was.
import { BUNDLED_DATASET, setDatasetTransport } from '../../api/client';
import type { FileToOpen } from '../../api/worker-protocol';
import { downloadBlob } from '../../export/download';
import { activeDataset, datasetActions } from '../../state/datasets';
import { filterActions } from '../../state/filters';
import type { DatasetStore, StoredDataset } from './dataset-store';
import { useDatasetsState } from './datasets-state';
import type { CreateWorker, OpenOutcome, WorkerSession } from './open-in-worker';

// The store and the worker's opener load on first use, off the dashboard's first load: most
// visits neither keep nor open a file.
let store: DatasetStore | undefined;
const storeReady = async (): Promise<DatasetStore> => {
  if (store) return store;
  const { indexedDbStore, memoryStore } = await import('./dataset-store');
  return (store ??= typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore());
};
let createWorker: CreateWorker | undefined;
let current: { id: string; title: string; session: WorkerSession } | undefined;
let cancelOpening: (() => void) | undefined;

const set = useDatasetsState.setState;

/** Tests: another store, and a worker that runs in the page. */
export function configureDatasets(options: { store?: DatasetStore; createWorker?: CreateWorker }) {
  current?.session.close();
  current = undefined;
  store = options.store; // none: a new one on first use
  createWorker = options.createWorker;
  set({ stored: [], opening: null, problems: null, failure: null, isNotKept: false, isDownloading: false });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function refreshStored(): Promise<StoredDataset[]> {
  const stored = await storeReady().then((kept) => kept.list()).catch(() => []);
  set({ stored });
  return stored;
}

/** A new id for each opening, so answers cached for an earlier copy are never taken for this one's. */
const newId = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'data'}-${Math.random().toString(36).slice(2, 6)}`;

async function read(files: FileToOpen[], label: string, isReopen: boolean): Promise<OpenOutcome> {
  cancelOpening?.();
  const { openInWorker } = await import('./open-in-worker');
  set({ opening: { label, stage: 'unpacking', done: 0, isReopen }, problems: null, failure: null });
  const { outcome, cancel } = openInWorker(files, (stage, done) => set({ opening: { label, stage, done, isReopen } }), createWorker);
  cancelOpening = cancel;
  const result = await outcome;
  if (cancelOpening === cancel) {
    cancelOpening = undefined;
    set({ opening: null });
  }
  if (result.kind === 'problems') set({ problems: { label, problems: result.problems, count: result.count } });
  if (result.kind === 'failed') set({ failure: result.message });
  return result;
}

/** The dashboard switches to `id`, answered by `session`; the worker of the dataset shown before stops. */
function show(id: string, title: string, session: WorkerSession) {
  const previous = current;
  current = { id, title, session };
  setDatasetTransport(id, session.transport);
  datasetActions.datasetShown(id, title);
  if (previous && previous.id !== id) {
    setDatasetTransport(previous.id, undefined);
    previous.session.close();
  }
}

export async function filesChosen(files: FileToOpen[]): Promise<void> {
  const first = files[0];
  if (!first) return;
  // A package's descriptor names it best; the count says how many files came with it.
  const main = files.find((file) => /(^|\/)datapackage\.json$/.test(file.name)) ?? first;
  const label = files.length === 1 ? main.name : `${main.name} + ${files.length - 1}`;
  const result = await read(files, label, false);
  if (result.kind !== 'ready') return;
  const { summary, session } = result;
  const dataset: StoredDataset = {
    id: newId(summary.name),
    title: summary.title,
    fileNames: files.map((file) => file.name),
    bytes: files.reduce((total, file) => total + file.blob.size, 0),
    openedAt: new Date().toISOString(),
    summary,
  };
  // Kept before it is shown: once the address names it, a reload must find it.
  try {
    // A newer copy of a package replaces the one kept under the same name.
    const kept = await storeReady();
    for (const old of await kept.list()) if (old.summary.name === summary.name) await kept.remove(old.id);
    await kept.put(dataset, files);
    set({ isNotKept: false });
  } catch {
    set({ isNotKept: true });
  }
  show(dataset.id, dataset.title, session);
  set({ stored: [dataset, ...useDatasetsState.getState().stored.filter((old) => old.summary.name !== summary.name && old.id !== dataset.id)] });
  if (!useDatasetsState.getState().isNotKept) await refreshStored();
}

async function reopen(id: string, atStart: boolean): Promise<void> {
  const dataset = (await refreshStored()).find((kept) => kept.id === id);
  const files = dataset ? await storeReady().then((kept) => kept.files(id)).catch(() => undefined) : undefined;
  if (!dataset || !files) {
    if (atStart) datasetActions.datasetShown(BUNDLED_DATASET);
    return;
  }
  if (atStart) datasetActions.datasetAwaited(id, dataset.title);
  const result = await read(files, dataset.title, true);
  if (result.kind === 'ready') show(id, dataset.title, result.session);
  else if (atStart) datasetActions.datasetShown(BUNDLED_DATASET);
}

export function datasetChosen(id: string): void {
  cancelOpening?.(); // a reading still going on would otherwise switch the dashboard once it ends
  if (id === BUNDLED_DATASET) datasetActions.datasetShown(id);
  else if (current?.id === id) datasetActions.datasetShown(id, current.title);
  else void reopen(id, false);
}

/**
 * The dataset a link names, at start: read again from this browser, the panels waiting, or, when
 * this browser does not keep it, the build's own data and a notice saying so. Resolves to whether
 * it is being read (so the start does not fetch the build's data for nothing).
 */
export async function startWithDataset(id: string): Promise<boolean> {
  if (id === BUNDLED_DATASET) {
    datasetActions.datasetShown(id); // the default: the address leaves it out
    return false;
  }
  const isKept = (await refreshStored()).some((kept) => kept.id === id);
  if (!isKept) {
    filterActions.paramsRejected([{ param: 'dataset', value: id.slice(0, 40), reason: 'unknown_dataset' }]);
    datasetActions.datasetShown(BUNDLED_DATASET);
    return false;
  }
  datasetActions.datasetAwaited(id);
  void reopen(id, true);
  return true;
}

export function openingCancelled(): void {
  cancelOpening?.();
}

export function problemsClosed(): void {
  set({ problems: null, failure: null });
}

export async function datasetRemoved(id: string): Promise<void> {
  await storeReady().then((kept) => kept.remove(id)).catch((error: unknown) => set({ failure: messageOf(error) }));
  if (activeDataset() === id) datasetActions.datasetShown(BUNDLED_DATASET);
  if (current?.id === id) {
    setDatasetTransport(id, undefined);
    current.session.close();
    current = undefined;
  }
  set({ stored: useDatasetsState.getState().stored.filter((kept) => kept.id !== id) });
  await refreshStored();
}

/** The dataset shown, as a data package (.zip): written by its worker, or from the build's own package. */
export async function downloadRequested(): Promise<void> {
  const id = activeDataset();
  set({ isDownloading: true, failure: null });
  try {
    if (id !== BUNDLED_DATASET && current?.id !== id) throw new Error('the dataset shown is still being read');
    const { fileName, bytes } = id === BUNDLED_DATASET || !current ? (await import('./bundled-zip')).bundledZip() : await current.session.zip();
    downloadBlob(new Blob([new Uint8Array(bytes)], { type: 'application/zip' }), fileName);
  } catch (error) {
    set({ failure: messageOf(error) });
  } finally {
    set({ isDownloading: false });
  }
}
