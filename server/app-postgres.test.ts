// @vitest-environment node
// The real server over PostgreSQL: the shared contract suite on one replica, then two replicas over
// one database, as a team runs them: the same answers, and a dataset put through one served by the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite } from '../tests/contract/contract-suite';
import { strToU8, zipSync } from 'fflate';
import { writePackage } from '../src/data-package/write-package';
import { madeUpPackage } from '../tests/fixtures/made-up-dataset';
import { startCluster, type TestCluster } from '../tests/postgres/cluster';
import { createApp } from './app';
import { importBundledIfMissing } from './bundled';
import { storeDatasets } from './datasets';
import { openPostgresStore } from './store/postgres-store';
import type { Store } from './store/store';

const TOKEN = 'replica-test-token';
let cluster: TestCluster;
const replicas: { store: Store; app: ReturnType<typeof createApp> }[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  for (let n = 0; n < 2; n += 1) {
    const store = await openPostgresStore(cluster.url);
    const { name } = await importBundledIfMissing(store);
    replicas.push({ store, app: createApp({ datasets: storeDatasets(store, name), publish: { store, token: TOKEN } }) });
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(replicas.map(({ store }) => store.close()));
  await cluster?.stop();
});

const get = async (replica: number, path: string) => {
  const app = replicas[replica]?.app;
  if (!app) throw new Error(`no replica ${replica}`);
  const response = await app.request(`http://127.0.0.1:8787${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
};

runContractSuite('Hono server on PostgreSQL', (path) => get(0, path));

describe('Two replicas over one PostgreSQL', () => {
  it('give the same answers', async () => {
    for (const path of ['/api/v1/datasets', '/api/v1/domains', '/api/v1/series?domain=nev', '/api/v1/facts?domain=macro']) {
      expect(await get(1, path)).toEqual(await get(0, path));
    }
  });

  it('serve through one a dataset published through the other', async () => {
    expect((await get(1, '/api/v1/indicators?dataset=made-up')).status).toBe(404);
    const zip = zipSync(Object.fromEntries([...writePackage(madeUpPackage)].map(([path, text]) => [path, strToU8(text)])));
    const published = await replicas[0]?.app.request('http://127.0.0.1:8787/api/v1/datasets/made-up', {
      method: 'PUT',
      body: zip,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' },
    });
    expect(published?.status).toBe(200);
    const { status, body } = await get(1, '/api/v1/indicators?dataset=made-up');
    expect(status).toBe(200);
    expect(body).toMatchObject({ indicators: [{ id: 'coal_output' }, { id: 'water_supplied' }] });
  });
});
