// The messages between the page and the worker that holds an opened data package
// (src/features/datasets/dataset-worker.ts): the page sends the files, the worker reads and
// checks them, keeps the package and answers the API's requests from it, and writes it as a .zip.
import type { Problem } from '../data-package/problems';
import type { YearBounds } from './contract';

/** A file a reader opened, as the page hands it over: a File is a reference, so nothing is copied. */
export interface FileToOpen {
  /** Its name, or its path inside a dropped folder. */
  name: string;
  blob: Blob;
}

/** What the dataset menu says about a package once it is read. */
export interface DatasetSummary {
  name: string;
  title: string;
  description?: string;
  observations: number;
  indicators: number;
  panels: number;
  entities: number;
  facts: number;
  sources: number;
  years: YearBounds;
}

export type OpenStage = 'unpacking' | 'reading' | 'checking';

export type ToWorker =
  | { type: 'open'; files: FileToOpen[] }
  | { type: 'request'; id: number; path: string; query: string }
  | { type: 'zip' };

export type FromWorker =
  | { type: 'progress'; stage: OpenStage; done: number }
  | { type: 'problems'; problems: Problem[]; count: number }
  | { type: 'ready'; summary: DatasetSummary }
  | { type: 'answer'; id: number; status: number; body: unknown }
  | { type: 'zip'; fileName: string; bytes: Uint8Array }
  | { type: 'failed'; message: string };
