// @vitest-environment node
// The real server: the shared contract suite, then what only a server does (CORS, gzip, ETag,
// caching headers, 414, health, no stack traces).
import { describe, expect, it } from 'vitest';
import { runContractSuite } from '../tests/contract/contract-suite';
import { createApp, MAX_URL_LENGTH } from './app';
import { parseCorsOrigins } from './cors';

const ORIGIN = 'http://127.0.0.1:4173';
const app = createApp();
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
    const narrowed = createApp({ corsOrigins: [ORIGIN] });
    const from = (origin: string) => narrowed.request('http://127.0.0.1:8787/api/v1/domains', { headers: { Origin: origin } });
    expect((await from(ORIGIN)).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await from('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never opens a write to another origin, whatever CORS_ORIGINS says', async () => {
    for (const server of [app, createApp({ corsOrigins: [ORIGIN] })]) {
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
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await request('/api/v1/domains', { 'If-None-Match': tag! })).status).toBe(304);
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
    const logged = createApp({ log: (entry) => lines.push(entry) });
    await logged.request('http://127.0.0.1/api/v1/domains');
    expect(lines).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1/domains', status: 200 })]);
  });
});
