// @vitest-environment node
// Publishing over HTTP: who may write, what size and type, every problem of a bad package listed,
// and a good one stored whole under its checksum.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DatasetInfoSchema, ErrorBodySchema } from '../../src/api/schemas';
import type { DataPackage } from '../../src/data-package/package-data';
import { BUNDLED_PACKAGE } from '../bundled';
import { filesAt } from '../open-path';
import { packageChecksum } from '../store/checksum';
import type { DatasetRecord, Store } from '../store/store';
import { publishRoutes, sizeText } from './publish-route';

const TOKEN = 'correct horse battery staple';
const NAME = 'chongqing-industry-2020-2025';

/** A store that keeps what it is given, to see what a request changed. */
function memoryStore(): Store & { puts: number } {
  const kept = new Map<string, { record: DatasetRecord; pkg: DataPackage }>();
  return {
    kind: 'duckdb',
    puts: 0,
    list: async () => [...kept.values()].map((entry) => entry.record),
    get: async (name) => kept.get(name)?.record,
    read: async (name) => kept.get(name),
    async put(pkg, checksum) {
      this.puts += 1;
      const record = { name: pkg.name, title: pkg.title, version: pkg.version, checksum, importedAt: new Date().toISOString(), observations: pkg.observations.length };
      kept.set(pkg.name, { record, pkg });
      return record;
    },
    close: async () => undefined,
  };
}

const bundledZip = (edit: (name: string, text: string) => string = (_name, text) => text) =>
  zipSync(Object.fromEntries(filesAt(BUNDLED_PACKAGE).map((file) => [file.name, strToU8(edit(file.name, new TextDecoder().decode(file.bytes)))])));

function setUp(options: { token?: string; maxBytes?: number } = { token: TOKEN }) {
  const store = memoryStore();
  const app = publishRoutes({ store, token: options.token, maxBytes: options.maxBytes ?? 20_000_000, defaultDataset: NAME });
  const put = (body: BodyInit, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' }, name = NAME) =>
    app.request(`http://127.0.0.1/api/v1/datasets/${name}`, { method: 'PUT', body, headers });
  return { store, put };
}

const errorOf = async (response: Response) => ErrorBodySchema.parse(await response.json()).error;

describe('PUT /api/v1/datasets/{name}', () => {
  it('publishes a good package: stored whole, listed with its checksum, the same as its folder’s', async () => {
    const { store, put } = setUp();
    const response = await put(bundledZip());
    expect(response.status).toBe(200);
    const info = DatasetInfoSchema.parse(await response.json());
    expect(info).toMatchObject({ name: NAME, version: '1.0.0', isDefault: true, checksum: packageChecksum(filesAt(BUNDLED_PACKAGE)) });
    expect((await store.read(NAME))?.pkg.observations.length).toBe(info.observations);
  });

  it('changes nothing when the same files are published again', async () => {
    const { store, put } = setUp();
    const first = DatasetInfoSchema.parse(await (await put(bundledZip())).json());
    const again = await put(bundledZip());
    expect(again.status).toBe(200);
    expect(DatasetInfoSchema.parse(await again.json())).toEqual(first);
    expect(store.puts).toBe(1);
  });

  it('is off without API_TOKEN on the server: 403, nothing stored', async () => {
    const { store, put } = setUp({});
    const response = await put(bundledZip());
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/API_TOKEN/) });
    expect(store.puts).toBe(0);
  });

  it.each([
    ['no Authorization header', {}],
    ['another token', { Authorization: 'Bearer not-the-token' }],
    ['another scheme', { Authorization: `Basic ${TOKEN}` }],
    ['the token with a character more', { Authorization: `Bearer ${TOKEN}x` }],
  ])('refuses %s with 401 and a Bearer challenge, storing nothing', async (_case, auth) => {
    const { store, put } = setUp();
    const response = await put(bundledZip(), { ...auth, 'Content-Type': 'application/zip' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const error = await errorOf(response);
    expect(error.code).toBe('unauthorized');
    expect(error.message).not.toContain(TOKEN);
    expect(store.puts).toBe(0);
  });

  it('refuses a package over the size limit with 413, saying the limit', async () => {
    const { store, put } = setUp({ token: TOKEN, maxBytes: 1000 });
    const response = await put(bundledZip());
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: 'payload_too_large', message: 'The package is larger than this server takes: at most 1 kB (MAX_UPLOAD_BYTES = 1000).' });
    expect(store.puts).toBe(0);
  });

  it('says sizes in the unit that reads best, never "0 MB"', () => {
    expect([999, 1000, 20_000, 1_250_000, 50_000_000].map(sizeText)).toEqual(['999 bytes', '1 kB', '20 kB', '1.3 MB', '50 MB']);
  });

  it('refuses a .zip that unpacks to far more than the limit, before unpacking it', async () => {
    const { store, put } = setUp({ token: TOKEN, maxBytes: 100_000 });
    const bomb = zipSync({ 'datapackage.json': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100_000);
    const response = await put(bomb);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/unpacks to 5 MB/);
    expect(store.puts).toBe(0);
  });

  it('refuses a .zip that says it unpacks past 400 MB, whatever the upload limit', async () => {
    const { store, put } = setUp({ token: TOKEN, maxBytes: 100_000_000 });
    const zip = zipSync({ 'observations.csv': strToU8('indicator,period,value,source\n') }, { level: 0 });
    // The central directory's "uncompressed size" of the one file, set to 450 MB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directory = zip.findIndex((_, at) => at + 4 <= zip.byteLength && view.getUint32(at, true) === 0x02014b50);
    view.setUint32(directory + 24, 450_000_000, true);
    const response = await put(zip);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/at most 400 MB unpacked/);
    expect(store.puts).toBe(0);
  });

  it('refuses a body that is not a .zip with 415', async () => {
    const { put } = setUp();
    const response = await put('indicator,period,value\n', { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' });
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/application\/zip.*not text\/csv/) });
  });

  it('lists every problem of a bad package with its file, row and column, and changes nothing', async () => {
    const { store, put } = setUp();
    await put(bundledZip());
    const before = await store.get(NAME);
    const broken = bundledZip((name, text) => (name === 'observations.csv' ? text.replace('\ngdp,chongqing,2021,27894.02,', '\ngdp,chongqing,2021,lots,') : text));
    const response = await put(broken);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/1 problem; nothing changed/);
    expect(error.problems).toEqual([expect.objectContaining({ file: 'observations.csv', row: expect.any(Number), column: 'value' })]);
    expect(await store.get(NAME)).toEqual(before);
  });

  it('says so when the body is not a readable .zip', async () => {
    const { put } = setUp();
    const response = await put(strToU8('not a zip at all'));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).problems?.[0]?.message).toMatch(/not a readable .zip/);
  });

  it('answers 503 when the store fails to take a good package, and logs why', async () => {
    const store = memoryStore();
    store.put = () => Promise.reject(new Error('connection reset'));
    const logged: Record<string, unknown>[] = [];
    const app = publishRoutes({ store, token: TOKEN, maxBytes: 20_000_000, defaultDataset: NAME, log: (entry) => logged.push(entry) });
    const response = await app.request(`http://127.0.0.1/api/v1/datasets/${NAME}`, {
      method: 'PUT',
      body: bundledZip(),
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' },
    });
    expect(response.status).toBe(503);
    expect(await errorOf(response)).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/is as it was; try again/) });
    expect(logged).toEqual([expect.objectContaining({ level: 'error', error: 'Error: connection reset' })]);
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
  });

  it('publishes a package only under its own name', async () => {
    const { store, put } = setUp();
    const response = await put(bundledZip(), undefined, 'another-name');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).problems).toEqual([expect.objectContaining({ file: 'datapackage.json', column: 'name', message: expect.stringMatching(/named "chongqing-industry-2020-2025"/) })]);
    expect(store.puts).toBe(0);
  });
});
