// What the server answers from: the store's datasets, each answered by the same request functions
// as in the page (mocks/api/respond.ts), built from the package the store gives back. The store is
// asked for the dataset's record on every request (one small row); the built dataset is kept by its
// checksum and built again, once, when the checksum changes. So a server sees a version published
// by another process at its next request, and a request is answered from one version, whole.
import type { DatasetInfo } from '../src/api/contract';
import { datasetsOf } from '../mocks/api/dataset';
import { createApi, routesOf, type Api, type Routes } from '../mocks/api/respond';
import type { DatasetRecord, Store } from './store/store';

/** One version of a dataset, ready to answer. */
export interface ServedDataset {
  record: DatasetRecord;
  api: Api;
  routes: Routes;
}

export interface Datasets {
  /** The dataset a request means when it names none. */
  readonly defaultName: string;
  /** Every dataset, as `/datasets` lists them. */
  list(): Promise<DatasetInfo[]>;
  /** The dataset's current version, or undefined when the store has none of that name. */
  apiFor(name: string): Promise<ServedDataset | undefined>;
}

export function storeDatasets(store: Store, defaultName: string): Datasets {
  const built = new Map<string, { checksum: string; served: Promise<ServedDataset | undefined> }>();

  const build = async (name: string): Promise<ServedDataset | undefined> => {
    const read = await store.read(name);
    if (!read) return undefined;
    const api = createApi(datasetsOf(read.pkg));
    return { record: read.record, api, routes: routesOf(api) };
  };

  return {
    defaultName,

    async list() {
      return (await store.list()).map((record) => ({ ...record, isDefault: record.name === defaultName }));
    },

    async apiFor(name) {
      const record = await store.get(name);
      if (!record) return undefined;
      const kept = built.get(name);
      if (kept?.checksum === record.checksum) return kept.served;
      // Kept before it resolves: requests that arrive while it builds wait for this one build.
      const served = build(name);
      built.set(name, { checksum: record.checksum, served });
      const forget = () => {
        if (built.get(name)?.served === served) built.delete(name);
      };
      served.then((done) => {
        // The read may have met a newer version than the record asked for: keep it under its own checksum.
        if (!done) forget();
        else if (built.get(name)?.served === served) built.set(name, { checksum: done.record.checksum, served });
      }, forget);
      return served;
    },
  };
}
