// Requests to a worker that holds an opened data package (worker-protocol.ts): each carries an id,
// the worker answers it, and an aborted request stops waiting at once.
import type { RawResponse, Transport } from './client';
import type { FromWorker, ToWorker } from './worker-protocol';

/** What the transport needs of a Worker, so a test can stand in for one. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
}

export interface WorkerTransport extends Transport {
  /** Fails every request still waiting (the worker was stopped), and any later one. */
  close(reason: Error): void;
}

export function workerTransport(port: WorkerPort): WorkerTransport {
  let nextId = 0;
  let closedWith: Error | undefined;
  const waiting = new Map<number, { resolve: (answer: RawResponse) => void; reject: (reason: unknown) => void }>();
  port.addEventListener('message', ({ data }) => {
    if (data.type !== 'answer') return;
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    request?.resolve({ ok: data.status >= 200 && data.status < 300, status: data.status, body: data.body });
  });
  const transport = (path: string, query: URLSearchParams, { signal }: { signal: AbortSignal }) =>
    new Promise<RawResponse>((resolve, reject) => {
      if (closedWith) return reject(closedWith);
      if (signal.aborted) return reject(signal.reason);
      const id = ++nextId;
      const onAbort = () => {
        waiting.delete(id);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = (then: () => void) => {
        signal.removeEventListener('abort', onAbort);
        then();
      };
      waiting.set(id, { resolve: (answer) => settle(() => resolve(answer)), reject: (reason) => settle(() => reject(reason)) });
      port.postMessage({ type: 'request', id, path, query: query.toString() });
    });
  return Object.assign(transport, {
    close(reason: Error) {
      closedWith = reason;
      for (const request of waiting.values()) request.reject(reason);
      waiting.clear();
    },
  });
}
