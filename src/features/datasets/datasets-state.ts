// The datasets feature's own state: what this browser keeps, what is being opened and how far,
// and what went wrong with the last file. Which dataset is shown is state/datasets.ts's.
import { create } from 'zustand';
import type { OpenStage } from '../../api/worker-protocol';
import type { Problem } from '../../data-package/problems';
import type { StoredDataset } from './dataset-store';

export interface Opening {
  /** The file's name, or the kept dataset's title when it is read again. */
  label: string;
  stage: OpenStage;
  done: number;
  /** Read again from this browser (a reload, a link, the menu) rather than a file just chosen. */
  isReopen: boolean;
}

export interface ProblemReport {
  label: string;
  problems: Problem[];
  count: number;
}

interface DatasetsState {
  stored: StoredDataset[];
  opening: Opening | null;
  problems: ProblemReport | null;
  /** An unexpected failure (the worker stopped, storage refused), in the words of the browser. */
  failure: string | null;
  /** The last dataset opened could not be kept (storage blocked or full): it lasts until reload. */
  isNotKept: boolean;
  isDownloading: boolean;
}

export const useDatasetsState = create<DatasetsState>()(() => ({ stored: [], opening: null, problems: null, failure: null, isNotKept: false, isDownloading: false }));

export const useStoredDatasets = () => useDatasetsState((state) => state.stored);
export const useOpening = () => useDatasetsState((state) => state.opening);
export const useProblemReport = () => useDatasetsState((state) => state.problems);
export const useDatasetFailure = () => useDatasetsState((state) => state.failure);
export const useIsNotKept = () => useDatasetsState((state) => state.isNotKept);
export const useIsDownloading = () => useDatasetsState((state) => state.isDownloading);
