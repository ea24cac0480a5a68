import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from './worker-protocol';
import { workerTransport, type WorkerPort } from './worker-transport';

/** A worker that answers when told to: `sent` holds what the page posted. */
function fakePort() {
  const listeners: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const sent: ToWorker[] = [];
  const port: WorkerPort = {
    postMessage: (message) => sent.push(message),
    addEventListener: (_type, listener) => listeners.push(listener),
  };
  const reply = (message: FromWorker) => listeners.forEach((listener) => listener(new MessageEvent('message', { data: message })));
  return { port, sent, reply };
}

const init = (signal = new AbortController().signal) => ({ signal, priority: 'auto' as const });

describe('workerTransport', () => {
  it('sends path and query with an id and resolves with the answer of that id', async () => {
    const { port, sent, reply } = fakePort();
    const transport = workerTransport(port);
    const first = transport('/api/v1/domains', new URLSearchParams({ lang: 'fr' }), init());
    const second = transport('/api/v1/sources', new URLSearchParams(), init());
    expect(sent).toEqual([
      { type: 'request', id: 1, path: '/api/v1/domains', query: 'lang=fr' },
      { type: 'request', id: 2, path: '/api/v1/sources', query: '' },
    ]);
    reply({ type: 'answer', id: 2, status: 404, body: { error: { code: 'not_found', message: 'no' } } });
    reply({ type: 'answer', id: 1, status: 200, body: { domains: [] } });
    await expect(second).resolves.toEqual({ ok: false, status: 404, body: { error: { code: 'not_found', message: 'no' } } });
    await expect(first).resolves.toEqual({ ok: true, status: 200, body: { domains: [] } });
  });

  it('stops waiting when the request is aborted, and ignores the late answer', async () => {
    const { port, reply } = fakePort();
    const transport = workerTransport(port);
    const controller = new AbortController();
    const request = transport('/api/v1/domains', new URLSearchParams(), init(controller.signal));
    controller.abort(new Error('filters changed'));
    await expect(request).rejects.toThrow('filters changed');
    expect(() => reply({ type: 'answer', id: 1, status: 200, body: {} })).not.toThrow();
  });

  it('fails what is waiting, and what comes later, once closed', async () => {
    const { port } = fakePort();
    const transport = workerTransport(port);
    const request = transport('/api/v1/domains', new URLSearchParams(), init());
    transport.close(new Error('closed'));
    await expect(request).rejects.toThrow('closed');
    await expect(transport('/api/v1/domains', new URLSearchParams(), init())).rejects.toThrow('closed');
  });
});
