// @vitest-environment node
// The contract as a document on the server: the OpenAPI description, generated from the zod
// schemas, and its reference page, which must read without any script or outside resource.
import { afterAll, describe, expect, it } from 'vitest';
import { apiPaths, ERROR_CODES } from '../../src/api/contract';
import { createApp } from '../app';
import { bundledTestStore } from '../test-store';
import { payloadSchemas } from './component-schemas';
import { REFERENCE_PAGE_POLICY } from './openapi-routes';

const { store, datasets } = await bundledTestStore();
afterAll(() => store.close());
const app = createApp({ datasets });
const get = (path: string) => app.request(`http://127.0.0.1:8787${path}`);

describe('the OpenAPI document', () => {
  it('is served as JSON, OpenAPI 3.1, describing every read path, the dataset PUT and /health', async () => {
    const response = await get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; info: { description: string } };
    expect(document.openapi).toMatch(/^3\.1\./);
    for (const path of Object.values(apiPaths)) expect(Object.keys(document.paths[path] ?? {})).toEqual(['get']);
    expect(Object.keys(document.paths['/api/v1/datasets/{name}'] ?? {})).toEqual(['put']);
    expect(document.paths['/health']).toBeDefined();
    expect(document.info.description).toContain('/api/v1/docs');
  });

  it('holds every zod schema of the contract as a component, and refers to no other', async () => {
    const text = await (await get('/api/v1/openapi.json')).text();
    const document = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    for (const name of payloadSchemas().keys()) expect(document.components.schemas).toHaveProperty(name);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)/g)].map((match) => match[1]!);
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
    expect(text).toContain(JSON.stringify(ERROR_CODES));
  });

  it('documents for the list of datasets only the errors it can send: it takes no parameter', async () => {
    const document = (await (await get('/api/v1/openapi.json')).json()) as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(Object.keys(document.paths['/api/v1/datasets']!.get.responses)).toEqual(['200', '304', '414', '500', '503']);
    expect(Object.keys(document.paths['/api/v1/domains']!.get.responses)).toEqual(['200', '304', '400', '404', '414', '500', '503']);
  });

  it('documents each status the dataset PUT sends, and the challenge header of its 401', async () => {
    type Put = { responses: Record<string, { headers?: Record<string, unknown> }> };
    const document = (await (await get('/api/v1/openapi.json')).json()) as { paths: Record<string, { put: Put }> };
    const { responses } = document.paths['/api/v1/datasets/{name}']!.put;
    expect(Object.keys(responses)).toEqual(['200', '400', '401', '403', '413', '414', '415', '500', '503']);
    expect(Object.keys(responses['401']?.headers ?? {})).toEqual(['WWW-Authenticate']);
  });

  it('is open to any origin and cacheable, as the other reads are', async () => {
    const response = await app.request('http://127.0.0.1:8787/api/v1/openapi.json', { headers: { Origin: 'https://tools.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('etag')).toBeTruthy();
  });
});

describe('the reference page', () => {
  it('lists every operation, its parameters and its answers, and links the document', async () => {
    const response = await get('/api/v1/docs');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    for (const path of [...Object.values(apiPaths), '/api/v1/datasets/{name}', '/health']) expect(page).toContain(`<code>${path}</code>`);
    for (const parameter of ['lang', 'dataset', 'domain', 'entities', 'indicators', 'from', 'to', 'entity']) expect(page).toContain(`<code>${parameter}</code>`);
    expect(page).toContain('Needs a bearer token');
    expect(page).toContain('href="/api/v1/openapi.json"');
    expect(page).toContain('<td><code>alternatives[].sourceId</code></td>');
    expect(page).toMatch(/<td>413<\/td><td>[^<]*limit/);
  });

  it('runs no script and loads only its own stylesheet, under a policy that allows nothing else', async () => {
    const response = await get('/api/v1/docs');
    expect(response.headers.get('content-security-policy')).toBe(REFERENCE_PAGE_POLICY);
    const page = await response.text();
    expect(page).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect([...page.matchAll(/(?:href|src)="([^"#]+)"/g)].map((match) => match[1])).toEqual(['/api/v1/docs/reference.css', '/api/v1/openapi.json']);
    const stylesheet = await get('/api/v1/docs/reference.css');
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await stylesheet.text()).toContain('table');
  });
});
