// The embedded mock API's start (mock-api.ts): started once, and MSW only once its service worker
// is active, since MSW reloads a page that has a registered worker but none controlling it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const start = vi.fn(() => Promise.resolve());
vi.mock('../mocks/browser', () => ({ worker: { start } }));

class FakeWorker extends EventTarget {
  constructor(public state: ServiceWorkerState) {
    super();
  }
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

function fakeServiceWorkers(worker: FakeWorker, { controlled = false } = {}) {
  const register = vi.fn(() => Promise.resolve({ installing: worker.state === 'installing' ? worker : null, waiting: null, active: worker.state === 'installing' ? null : worker }));
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register, controller: controlled ? worker : null } });
  return register;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startMockApi', () => {
  beforeEach(() => {
    vi.resetModules();
    start.mockClear();
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('on a first visit, starts MSW once its worker is active, and only once for every caller', async () => {
    const worker = new FakeWorker('installing');
    const register = fakeServiceWorkers(worker);
    const { startMockApi } = await import('./mock-api');
    const first = startMockApi();
    const second = startMockApi();
    await flush();
    expect(register).toHaveBeenCalledWith('/mockServiceWorker.js');
    worker.becomes('installed');
    worker.becomes('activating');
    await flush();
    expect(start).not.toHaveBeenCalled();
    worker.becomes('activated');
    await Promise.all([first, second]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' }));
  });

  it('starts at once on a page its worker already controls', async () => {
    fakeServiceWorkers(new FakeWorker('activated'), { controlled: true });
    const { startMockApi } = await import('./mock-api');
    await startMockApi();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('fails, for the client to report, when the worker cannot be registered', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register: () => Promise.reject(new Error('no service worker here')), controller: null } });
    const { startMockApi } = await import('./mock-api');
    await expect(startMockApi()).rejects.toThrow('no service worker here');
    expect(start).not.toHaveBeenCalled();
  });
});
