// The mock API's start in the browser (browser.ts): MSW starts only once its service worker is
// active, since MSW reloads a page that has a registered worker but none controlling it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const start = vi.fn(() => Promise.resolve());
vi.mock('msw/browser', () => ({ setupWorker: () => ({ start }) }));

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
  const isInstalling = worker.state === 'installing';
  const register = vi.fn(() => Promise.resolve({ installing: isInstalling ? worker : null, waiting: null, active: isInstalling ? null : worker }));
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register, controller: controlled ? worker : null } });
  return register;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startWorker', () => {
  beforeEach(() => start.mockClear());
  afterEach(() => Reflect.deleteProperty(navigator, 'serviceWorker'));

  it('on a first visit, starts MSW once its worker is active, not while it installs', async () => {
    const worker = new FakeWorker('installing');
    const register = fakeServiceWorkers(worker);
    const { startWorker } = await import('./browser');
    const started = startWorker('/mockServiceWorker.js');
    await flush();
    expect(register).toHaveBeenCalledWith('/mockServiceWorker.js');
    worker.becomes('installed');
    worker.becomes('activating');
    await flush();
    expect(start).not.toHaveBeenCalled();
    worker.becomes('activated');
    await started;
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' }));
  });

  it('starts at once on a page its worker already controls', async () => {
    fakeServiceWorkers(new FakeWorker('activated'), { controlled: true });
    const { startWorker } = await import('./browser');
    await startWorker('/mockServiceWorker.js');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the worker that replaced one that became redundant', async () => {
    const first = new FakeWorker('installing');
    const registration: { installing: FakeWorker | null; waiting: null; active: FakeWorker | null } = { installing: first, waiting: null, active: null };
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register: () => Promise.resolve(registration), controller: null } });
    const { startWorker } = await import('./browser');
    const started = startWorker('/mockServiceWorker.js');
    await flush();
    const second = new FakeWorker('installing');
    registration.installing = second;
    first.becomes('redundant');
    await flush();
    expect(start).not.toHaveBeenCalled();
    registration.installing = null;
    registration.active = second;
    second.becomes('activated');
    await started;
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts MSW without a worker where the page can have none (MSW then answers from the page)', async () => {
    expect('serviceWorker' in navigator).toBe(false);
    const { startWorker } = await import('./browser');
    await startWorker('/mockServiceWorker.js');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('fails, for the client to report, when the worker cannot be registered', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register: () => Promise.reject(new Error('no service worker here')), controller: null } });
    const { startWorker } = await import('./browser');
    await expect(startWorker('/mockServiceWorker.js')).rejects.toThrow('no service worker here');
    expect(start).not.toHaveBeenCalled();
  });
});

describe('answerInPage', () => {
  it('answers from the same handlers as the worker, with no worker', async () => {
    const { answerInPage } = await import('./browser');
    const response = await answerInPage('/api/v1/domains?lang=fr');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { domains: { id: string; title: string }[] };
    expect(body.domains.map((domain) => domain.id)).toEqual(['macro', 'nev', 'electronics', 'materials']);
    expect(body.domains[1]?.title).toMatch(/nouvelle énergie/i);
  });

  it('answers an invalid request as the API does', async () => {
    const { answerInPage } = await import('./browser');
    const response = await answerInPage('/api/v1/series?domain=nowhere&lang=en');
    expect(response.status).toBe(400);
  });
});
