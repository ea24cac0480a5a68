// @vitest-environment node
// The real server over a DuckDB store in a temporary folder: the shared contract suite, then what
// only a server does (CORS, gzip, ETag, caching headers, 414, health, no stack traces, datasets
// that change while it runs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runContractSuite } from '../tests/contract/contract-suite';
import { madeUpPackage } from '../tests/fixtures/made-up-dataset';
import { createApp, MAX_URL_LENGTH } from './app';
import { parseCorsOrigins } from './cors';
import { importBundledIfMissing, readBundledPackage } from './bundled';
import { storeDatasets } from './datasets';
import { openDuckDbStore } from './store/duckdb-store';
import type { Store } from './store/store';

const ORIGIN = 'http://127.0.0.1:4173';
const store = await openDuckDbStore(join(mkdtempSync(join(tmpdir(), 'api-server-')), 'datasets.duckdb'));
const { name: BUNDLED } = await importBundledIfMissing(store);
afterAll(() => store.close());
const datasets = storeDatasets(store, BUNDLED);
const app = createApp({ datasets });
const request = (path: string, headers: Record<string, string> = {}, method = 'GET') => app.request(`http://127.0.0.1:8787${path}`, { headers, method });
const preflight = (path: string, method: string, origin = ORIGIN) => request(path, { Origin: origin, 'Access-Control-Request-Method': method }, 'OPTIONS');

runContractSuite('Hono server', async (path) => {
  const response = await request(path);
  return { status: response.status, body: (await response.json()) as unknown };
});

describe('Hono server, HTTP behaviour', () => {
  it('lets any origin read, without credentials', async () => {
    const response = await request('/api/v1/domains', { Origin: 'https://anyone.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await preflight('/api/v1/series', 'GET', 'https://anyone.example');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
  });

  it('lets only the origins CORS_ORIGINS names read, when it names some', async () => {
    const narrowed = createApp({ corsOrigins: [ORIGIN], datasets });
    const from = (origin: string) => narrowed.request('http://127.0.0.1:8787/api/v1/domains', { headers: { Origin: origin } });
    expect((await from(ORIGIN)).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await from('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never opens a write to another origin, whatever CORS_ORIGINS says', async () => {
    for (const server of [app, createApp({ corsOrigins: [ORIGIN], datasets })]) {
      const answer = await server.request('http://127.0.0.1:8787/api/v1/datasets/mine', { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'PUT' } });
      expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
      const put = await server.request('http://127.0.0.1:8787/api/v1/datasets/mine', { method: 'PUT', headers: { Origin: ORIGIN } });
      expect(put.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('parses CORS_ORIGINS: a list narrows, none or * means any', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
    expect(parseCorsOrigins('*')).toEqual([]);
    expect(parseCorsOrigins('https://a.example, https://b.example,')).toEqual(['https://a.example', 'https://b.example']);
  });

  it('compresses with gzip when asked', async () => {
    const response = await request('/api/v1/sources', { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends an ETag and Cache-Control, and answers 304 to a matching If-None-Match', async () => {
    const first = await request('/api/v1/domains');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await request('/api/v1/domains', { 'If-None-Match': tag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(await again.text()).toBe('');
  });

  it('names an answer by the dataset version and the request, however the request is spelled', async () => {
    const tagOf = async (path: string) => (await request(path)).headers.get('etag');
    const tag = await tagOf('/api/v1/series?indicators=gdp&from=2021');
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    expect(await tagOf(`/api/v1/series?from=2021&dataset=${BUNDLED}&indicators=gdp`)).toBe(tag);
    expect(await tagOf('/api/v1/series?indicators=gdp&from=2022')).not.toBe(tag);
    const gzipped = await request('/api/v1/series?indicators=gdp&from=2021', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers.get('etag')).toBe(tag);
  });

  it('does not let errors be cached', async () => {
    expect((await request('/api/v1/indicators?domain=space')).headers.get('cache-control')).toBeNull();
  });

  it('refuses an oversized URL with 414 and a JSON error', async () => {
    const response = await request(`/api/v1/series?indicators=${'a'.repeat(MAX_URL_LENGTH)}`);
    expect(response.status).toBe(414);
    expect(await response.json()).toMatchObject({ error: { code: 'uri_too_long' } });
  });

  it('refuses writes to a read path with 405, saying it is read-only and which methods are allowed', async () => {
    const response = await request('/api/v1/domains', {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: 'POST is not allowed on /api/v1/domains: it is read-only.' } });
  });

  it('answers another method than PUT on a dataset with 405 and Allow: PUT, never "read-only"', async () => {
    const response = await request('/api/v1/datasets/mine', {}, 'DELETE');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('PUT');
    expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: 'DELETE is not allowed on /api/v1/datasets/mine: a dataset is published with PUT.' } });
  });

  it('answers its health check', async () => {
    expect(await (await request('/health')).json()).toMatchObject({ status: 'ok', api: '/api/v1' });
  });

  it('logs one structured line per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createApp({ log: (entry) => lines.push(entry), datasets });
    await logged.request('http://127.0.0.1/api/v1/domains');
    expect(lines).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1/domains', status: 200 })]);
  });
});

describe('Hono server, datasets that change while it runs', () => {
  it('serves a dataset imported after it started, at the next request, and lists it', async () => {
    const server = createApp({ corsOrigins: [ORIGIN], datasets: storeDatasets(store, BUNDLED) });
    const get = (path: string) => server.request(`http://127.0.0.1${path}`);
    expect((await get('/api/v1/domains?dataset=made-up')).status).toBe(404);
    await store.put(madeUpPackage, '1'.repeat(64));
    const domains = (await (await get('/api/v1/domains?dataset=made-up')).json()) as { domains: { id: string }[] };
    expect(domains.domains.map((domain) => domain.id)).toEqual(['energy', 'water']);
    const listed = (await (await get('/api/v1/datasets')).json()) as { datasets: { name: string; isDefault: boolean; checksum: string }[] };
    expect(listed.datasets.map(({ name, isDefault }) => [name, isDefault])).toEqual([[BUNDLED, true], ['made-up', false]]);
    expect(listed.datasets.find((dataset) => dataset.name === 'made-up')?.checksum).toBe('1'.repeat(64));
  });

  it('answers from the new version once one is published, with a new ETag, building it once for many requests', async () => {
    const read = vi.spyOn(store, 'read');
    const server = createApp({ corsOrigins: [ORIGIN], datasets: storeDatasets(store, BUNDLED) });
    const get = (path: string, headers: Record<string, string> = {}) => server.request(`http://127.0.0.1${path}`, { headers });
    await store.put(madeUpPackage, '2'.repeat(64));
    const before = await get('/api/v1/indicators?dataset=made-up');
    const tag = before.headers.get('etag') ?? '';
    await store.put({ ...madeUpPackage, indicators: madeUpPackage.indicators.slice(0, 1) }, '3'.repeat(64));
    read.mockClear();
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('/api/v1/indicators?dataset=made-up', { 'If-None-Match': tag })));
    expect(read).toHaveBeenCalledTimes(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('etag')).not.toBe(tag);
      expect(((await answer.json()) as { indicators: unknown[] }).indicators).toHaveLength(1);
    }
    read.mockRestore();
  });

  it('answers 404 to a request naming no dataset when the default one is not in the store', async () => {
    const server = createApp({ corsOrigins: [ORIGIN], datasets: storeDatasets(store, 'not-imported') });
    const response = await server.request('http://127.0.0.1/api/v1/domains');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found', message: expect.stringMatching(/No dataset "not-imported"/) } });
  });

  it('answers 503 when the store cannot be reached, and logs why', async () => {
    const refused = () => Promise.reject(new Error('connection refused'));
    const unreachable: Store = { kind: 'duckdb', get: refused, list: refused, read: refused, put: refused, close: () => Promise.resolve() };
    const lines: Record<string, unknown>[] = [];
    const server = createApp({ corsOrigins: [ORIGIN], log: (entry) => lines.push(entry), datasets: storeDatasets(unreachable, BUNDLED) });
    for (const path of ['/api/v1/domains', '/api/v1/datasets']) {
      const response = await server.request(`http://127.0.0.1${path}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    }
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', error: 'Error: connection refused' }));
  });

  it('imports the bundled package on a first start and never over a dataset already there', async () => {
    const fresh = await openDuckDbStore(join(mkdtempSync(join(tmpdir(), 'first-start-')), 'datasets.duckdb'));
    try {
      const first = await importBundledIfMissing(fresh);
      expect(first.imported).toMatchObject({ name: BUNDLED, checksum: readBundledPackage().checksum });
      await fresh.put({ ...readBundledPackage().pkg, version: '9.9.9' }, 'f'.repeat(64));
      expect(await importBundledIfMissing(fresh)).toEqual({ name: BUNDLED });
      expect(await fresh.get(BUNDLED)).toMatchObject({ version: '9.9.9', checksum: 'f'.repeat(64) });
    } finally {
      await fresh.close();
    }
  });
});
