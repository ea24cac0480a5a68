// The dataset worker's own code (mocks/worker-host.ts) run in the page, behind the Worker
// interface the page uses: jsdom has no Worker. Messages cross a task, as they do between threads.
import validate from 'virtual:datapackage-profile';
import { createWorkerHost } from '../mocks/worker-host';
import type { FromWorker, ToWorker } from '../src/api/worker-protocol';
import { profileCheck } from '../src/data-package/profile-problems';
import type { CreateWorker, DatasetWorker } from '../src/features/datasets/open-in-worker';

// The profile as the worker's build has it: the generated module, not Node's compilation.
const checkProfile = profileCheck(validate);

export function fakeDatasetWorkers(): CreateWorker & { started: number; terminated: number } {
  const create = (() => {
    create.started += 1;
    const listeners = new Set<(event: MessageEvent<FromWorker>) => void>();
    let isTerminated = false;
    const host = createWorkerHost((message) => {
      setTimeout(() => {
        if (!isTerminated) for (const listener of [...listeners]) listener(new MessageEvent('message', { data: message }));
      });
    }, checkProfile);
    const worker: DatasetWorker = {
      postMessage: (message: ToWorker) => void setTimeout(() => void host(message)),
      addEventListener: (type: string, listener: (event: MessageEvent<FromWorker>) => void) => {
        if (type === 'message') listeners.add(listener);
      },
      removeEventListener: (_type, listener) => void listeners.delete(listener),
      terminate: () => {
        if (!isTerminated) create.terminated += 1;
        isTerminated = true;
      },
    };
    return worker;
  }) as CreateWorker & { started: number; terminated: number };
  create.started = 0;
  create.terminated = 0;
  return create;
}
