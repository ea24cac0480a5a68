// @vitest-environment node
// The real server: the shared contract suite, then what only a server does (CORS, gzip, ETag,
// caching headers, 414, health, no stack traces).
import { describe, expect, it } from 'vitest';
import { runContractSuite } from '../tests/contract/contract-suite';
import { createApp, MAX_URL_LENGTH } from './app';

const ORIGIN = 'http://127.0.0.1:4173';
const app = createApp({ corsOrigins: [ORIGIN] });
const request = (path: string, headers: Record<string, string> = {}) => app.request(`http://127.0.0.1:8787${path}`, { headers });

runContractSuite('Hono server', async (path) => {
  const response = await request(path);
  return { status: response.status, body: (await response.json()) as unknown };
});

describe('Hono server, HTTP behaviour', () => {
  it('allows the app’s origin and no other', async () => {
    expect((await request('/api/v1/domains', { Origin: ORIGIN })).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await request('/api/v1/domains', { Origin: 'https://evil.example' })).headers.get('access-control-allow-origin')).toBeNull();
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

  it('refuses writes with 405 and says which methods are allowed', async () => {
    const response = await app.request('http://127.0.0.1:8787/api/v1/domains', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('answers its health check', async () => {
    expect(await (await request('/health')).json()).toMatchObject({ status: 'ok', api: '/api/v1' });
  });

  it('logs one structured line per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createApp({ corsOrigins: [ORIGIN], log: (entry) => lines.push(entry) });
    await logged.request('http://127.0.0.1/api/v1/domains');
    expect(lines).toEqual([expect.objectContaining({ method: 'GET', path: '/api/v1/domains', status: 200 })]);
  });
});
