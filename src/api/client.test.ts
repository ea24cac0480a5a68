// The client returns parsed data or throws an ApiError of the right kind: a malformed or
// failing response never reaches a chart.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { ApiError } from './api-error';
import { configureApiClient, fetchDomains, fetchSeries } from './client';

const catchError = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
};

describe('API client', () => {
  it('returns parsed data', async () => {
    const { domains } = await fetchDomains('en');
    expect(domains).toHaveLength(4);
  });

  it('turns a schema violation into a typed schema error naming the field', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ domains: [{ id: 'mars', title: 1 }] })));
    const error = await catchError(fetchDomains('en'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('schema');
    expect(error.detail).toMatch(/domains\.0\.id/);
  });

  it('turns malformed JSON into a schema error', async () => {
    server.use(http.get('*/api/v1/domains', () => new HttpResponse('{"domains": [', { headers: { 'Content-Type': 'application/json' } })));
    expect((await catchError(fetchDomains('en'))).kind).toBe('schema');
  });

  it('keeps the server’s message for an HTTP error and marks 4xx as not retryable', async () => {
    const error = await catchError(fetchSeries({ indicators: ['nope'], lang: 'en' }));
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(error.message).toMatch(/Unknown indicator/);
    expect(error.isRetryable).toBe(false);
  });

  it('never retries when its own code is missing: only a reload brings it back', () => {
    expect(new ApiError('code', '/api/v1/domains', 'The code that checks the data could not be loaded.').isRetryable).toBe(false);
    expect(new ApiError('network', '/api/v1/domains', 'The server could not be reached.').isRetryable).toBe(true);
  });

  it('marks a 500 as retryable', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })));
    const error = await catchError(fetchDomains('en'));
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'boom' });
    expect(error.isRetryable).toBe(true);
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.error()));
    expect((await catchError(fetchDomains('en'))).kind).toBe('network');
  });

  it('gives up on a server slower than the timeout', async () => {
    configureApiClient({ timeoutMs: 50 });
    server.use(http.get('*/api/v1/domains', async () => {
      await delay(500);
      return HttpResponse.json({ domains: [], years: { min: 2019, max: 2025 } });
    }));
    expect((await catchError(fetchDomains('en'))).kind).toBe('timeout');
  });

  it('says so when the embedded data service cannot start', async () => {
    configureApiClient({ ready: Promise.reject(new Error('no service worker')) });
    const error = await catchError(fetchDomains('en'));
    expect(error).toMatchObject({ kind: 'network', message: expect.stringMatching(/could not start/) });
  });

  it('calls the configured base URL', async () => {
    configureApiClient({ baseUrl: 'http://api.example.test' });
    server.use(http.get('http://api.example.test/api/v1/domains', () => HttpResponse.json({ domains: [], years: { min: 2019, max: 2025 } })));
    expect(await fetchDomains('en')).toEqual({ domains: [], years: { min: 2019, max: 2025 } });
  });
});
