// The page's side of the dataset worker: hands it the files, follows its progress, and on success
// keeps it as the session that answers the dataset's requests and writes its .zip. Cancel stops
// the worker, and with it everything it read.
import type { Problem } from '../../data-package/problems';
import type { DatasetSummary, FileToOpen, FromWorker, OpenStage, ToWorker } from '../../api/worker-protocol';
import { workerTransport, type WorkerTransport } from '../../api/worker-transport';

/** What the page needs of a Worker; tests pass one that runs the worker's code in the page. */
export interface DatasetWorker {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  terminate(): void;
}

export type CreateWorker = () => DatasetWorker;

const createDatasetWorker: CreateWorker = () => new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'dataset' });

export interface WorkerSession {
  transport: WorkerTransport;
  zip(): Promise<{ fileName: string; bytes: Uint8Array }>;
  close(): void;
}

export type OpenOutcome =
  | { kind: 'ready'; summary: DatasetSummary; session: WorkerSession }
  | { kind: 'problems'; problems: Problem[]; count: number }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

function sessionOf(worker: DatasetWorker): WorkerSession {
  const transport = workerTransport(worker);
  return {
    transport,
    zip: () =>
      new Promise((resolve, reject) => {
        const onMessage = ({ data }: MessageEvent<FromWorker>) => {
          if (data.type !== 'zip' && data.type !== 'failed') return;
          worker.removeEventListener('message', onMessage);
          if (data.type === 'zip') resolve({ fileName: data.fileName, bytes: data.bytes });
          else reject(new Error(data.message));
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({ type: 'zip' });
      }),
    close: () => {
      worker.terminate();
      transport.close(new Error('The dataset was closed.'));
    },
  };
}

/** Opens `files` in a new worker; `cancel` stops it and the outcome is 'cancelled'. */
export function openInWorker(files: FileToOpen[], onProgress: (stage: OpenStage, done: number) => void, createWorker: CreateWorker = createDatasetWorker) {
  const worker = createWorker();
  let isSettled = false;
  let finish: (outcome: OpenOutcome) => void = () => undefined;
  const outcome = new Promise<OpenOutcome>((resolve) => {
    finish = (result) => {
      if (isSettled) return;
      isSettled = true;
      if (result.kind !== 'ready') worker.terminate();
      resolve(result);
    };
  });
  worker.addEventListener('message', ({ data }) => {
    if (isSettled) return; // a report already on its way when Cancel was pressed
    if (data.type === 'progress') onProgress(data.stage, data.done);
    else if (data.type === 'problems') finish({ kind: 'problems', problems: data.problems, count: data.count });
    else if (data.type === 'ready') finish({ kind: 'ready', summary: data.summary, session: sessionOf(worker) });
    else if (data.type === 'failed') finish({ kind: 'failed', message: data.message });
  });
  // A worker that cannot start or runs out of memory reports no message of its own.
  worker.addEventListener('error', (event) => finish({ kind: 'failed', message: event instanceof ErrorEvent && event.message ? event.message : 'The worker stopped.' }));
  worker.postMessage({ type: 'open', files });
  return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
}
