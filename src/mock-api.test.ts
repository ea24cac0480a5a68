import { beforeEach, describe, expect, it, vi } from 'vitest';

const startWorker = vi.fn((_url: string) => Promise.resolve());
vi.mock('../mocks/browser', () => ({ startWorker }));

describe('startMockApi', () => {
  beforeEach(() => {
    vi.resetModules();
    startWorker.mockClear();
  });

  it('starts the mock API once, whoever asks (boot.ts, then the client)', async () => {
    const { startMockApi } = await import('./mock-api');
    await Promise.all([startMockApi(), startMockApi()]);
    expect(startWorker).toHaveBeenCalledTimes(1);
    expect(startWorker).toHaveBeenCalledWith('/mockServiceWorker.js');
  });

  it('hands a failed start to every caller', async () => {
    startWorker.mockImplementationOnce(() => Promise.reject(new Error('no worker')));
    const { startMockApi } = await import('./mock-api');
    await expect(startMockApi()).rejects.toThrow('no worker');
    await expect(startMockApi()).rejects.toThrow('no worker');
  });
});
