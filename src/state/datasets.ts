// Which dataset the dashboard shows: the build's own, or a package the reader opened (kept in
// this browser by features/datasets). The address names an opened one (`?dataset=<id>`); the
// build's own is the default and leaves the parameter out.
import { create } from 'zustand';
import { BUNDLED_DATASET } from '../api/client';
import { useTranslation } from '../lib/i18n';
import { paramsWith, writeUrl } from './url';

interface ActiveDataset {
  id: string;
  /** An opened dataset's title; null for the build's own. */
  title: string | null;
  /** False while the dataset's worker is still reading it (a reload, or a link naming it): the panels wait. */
  isReady: boolean;
}

const useActiveDatasetStore = create<ActiveDataset>()(() => ({ id: BUNDLED_DATASET, title: null, isReady: true }));

export const useActiveDataset = () => useActiveDatasetStore((state) => state.id);
export const useIsDatasetReady = () => useActiveDatasetStore((state) => state.isReady);
/** An opened dataset's title; null for the build's own. */
export const useDatasetTitle = () => useActiveDatasetStore((state) => state.title);
/** The dataset shown, outside React (prefetching, the .pptx). */
export const activeDataset = () => useActiveDatasetStore.getState().id;

/** The line under the dashboard's title (page, slides, .pptx): the build's own, or which opened dataset is shown. */
export function useSubtitle(): string {
  const { t } = useTranslation();
  const title = useActiveDatasetStore((state) => state.title);
  return title === null ? t('app.subtitle') : t('datasets.subtitle', { title });
}

export const datasetActions = {
  /** The dataset is read and answering: the dashboard shows it, and the address says so. */
  datasetShown(id: string, title: string | null = null) {
    useActiveDatasetStore.setState({ id, title: id === BUNDLED_DATASET ? null : title, isReady: true });
    writeUrl(paramsWith({ dataset: id === BUNDLED_DATASET ? null : id }), 'replace');
  },
  /** Back or Forward restored an address: it names the dataset shown, which history does not change. */
  addressRestored() {
    const { id } = useActiveDatasetStore.getState();
    writeUrl(paramsWith({ dataset: id === BUNDLED_DATASET ? null : id }), 'replace');
  },
  /** A link names a dataset this browser keeps: the dashboard waits while it is read again. */
  datasetAwaited(id: string, title: string | null = null) {
    useActiveDatasetStore.setState({ id, title, isReady: false });
  },
};
