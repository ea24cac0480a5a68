// @vitest-environment node
// The PostgreSQL store on a cluster of its own (tests/postgres/cluster.ts), a fresh database for each
// store the suite opens; then what only PostgreSQL has: replicas over one database.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataPackage, PackageObservation } from '../../src/data-package/package-data';
import { postgresBin, startCluster, type TestCluster } from '../../tests/postgres/cluster';
import { madeUpPackage } from '../../tests/fixtures/made-up-dataset';
import { openPostgresStore, postgresLocation } from './postgres-store';
import { runStoreSuite } from './store-suite';

let cluster: TestCluster;
let admin: postgres.Sql;
let databases = 0;

beforeAll(async () => {
  cluster = await startCluster();
  admin = postgres(cluster.url);
}, 60_000);

afterAll(async () => {
  await admin?.end();
  await cluster?.stop();
});

async function freshDatabase(): Promise<string> {
  databases += 1;
  const name = `store_${databases}`;
  await admin`create database ${admin(name)}`;
  return cluster.urlOf(name);
}

/** The made-up package with `count` observations: every optional field both present and absent. */
function packageWith(count: number): DataPackage {
  const observations = Array.from({ length: count }, (_, n): PackageObservation => {
    // Every tenth row is another figure for the row before it, as alternatives follow their headline.
    const key = n % 10 === 9 ? n - 1 : n;
    return {
      indicator: key % 2 === 0 ? 'coal_output' : 'water_supplied',
      entity: 'testland',
      period: String(100_000 + key),
      value: n % 7 === 0 ? null : n / 8,
      ...(n % 3 === 0 ? { status: 'estimated' } : {}),
      ...(n % 5 === 0 ? { qualifier: 'about', note: `Row ${n}, made up.` } : {}),
      source: 'T1',
      alternative: key !== n,
    };
  });
  return { ...madeUpPackage, name: 'made-up-large', observations };
}

runStoreSuite('PostgreSQL', async () => openPostgresStore(await freshDatabase()));

describe('PostgreSQL store', () => {
  it('serves from one replica what another has put, and the replacement too', async () => {
    const url = await freshDatabase();
    const [one, other] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      const record = await one.put(madeUpPackage, 'a'.repeat(64));
      expect(await other.get('made-up')).toEqual(record);
      expect((await other.read('made-up'))?.pkg).toEqual(madeUpPackage);
      const later = { ...madeUpPackage, version: '2.0.0', observations: madeUpPackage.observations.slice(1) };
      await other.put(later, 'b'.repeat(64));
      expect(await one.read('made-up')).toMatchObject({ pkg: later, record: { version: '2.0.0', checksum: 'b'.repeat(64) } });
      expect(await one.list()).toEqual(await other.list());
    } finally {
      await Promise.all([one.close(), other.close()]);
    }
  });

  it('lets two replicas replace one dataset at once: one put after the other, each whole', async () => {
    const url = await freshDatabase();
    const [one, other] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      await one.put(madeUpPackage, 'a'.repeat(64));
      const later = { ...madeUpPackage, version: '2.0.0', observations: madeUpPackage.observations.slice(2) };
      const records = await Promise.all([one.put(later, 'b'.repeat(64)), other.put(madeUpPackage, 'c'.repeat(64))]);
      const read = await other.read('made-up');
      expect(records.map((record) => record.checksum)).toContain(read?.record.checksum);
      expect(read?.pkg).toEqual(read?.record.checksum === 'b'.repeat(64) ? later : madeUpPackage);
    } finally {
      await Promise.all([one.close(), other.close()]);
    }
  });

  it('creates its tables once when several replicas start at the same moment', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    try {
      await stores[0]?.put(madeUpPackage, 'c'.repeat(64));
      for (const store of stores) expect((await store.read('made-up'))?.pkg).toEqual(madeUpPackage);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('round-trips 100,000 observations, in their order', async () => {
    const store = await openPostgresStore(await freshDatabase());
    try {
      const large = packageWith(100_000);
      expect((await store.put(large, 'd'.repeat(64))).observations).toBe(100_000);
      expect((await store.read(large.name))?.pkg).toEqual(large);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('keeps every character of a text as it was: tabs, line breaks, backslashes, quotes, braces', async () => {
    const store = await openPostgresStore(await freshDatabase());
    try {
      const awkward = 'a\tb\nc\r\nd \\ e \\N "f" {g,h} \'i\' 重庆 \u{1F600}';
      const [indicator, ...others] = madeUpPackage.indicators;
      if (!indicator) throw new Error('the made-up package has indicators');
      const pkg: DataPackage = {
        ...madeUpPackage,
        description: awkward,
        indicators: [{ ...indicator, description: awkward, breaks: ['2022', awkward, '', 'NULL', '{}', ','] }, ...others],
        translations: { fr: { 'panel.energy.title': awkward }, zh: {} },
      };
      await store.put(pkg, 'a'.repeat(64));
      expect((await store.read('made-up'))?.pkg).toEqual(pkg);
    } finally {
      await store.close();
    }
  });
});

describe('the test cluster', () => {
  it('says how to install PostgreSQL when its programs are not where it looks', () => {
    vi.stubEnv('PG_BIN', '/nowhere/bin');
    try {
      expect(() => postgresBin()).toThrow(/PG_BIN is \/nowhere\/bin, which has no initdb.*apt-get install postgresql/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('postgresLocation', () => {
  it('names the database and its host, never the user or the password', () => {
    const location = postgresLocation('postgres://reader:s3cret@db.internal:5433/figures?sslmode=require');
    expect(location).toBe('PostgreSQL database figures on db.internal:5433');
    expect(location).not.toMatch(/reader|s3cret/);
  });
});
