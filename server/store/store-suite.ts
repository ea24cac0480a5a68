// One suite for every store (DuckDB, PostgreSQL): what goes in comes back whole, a replacement is
// all or nothing, and readers never see half of one. Each store's test file runs it on a fresh store.
import { describe, expect, it } from 'vitest';
import { madeUpPackage } from '../../tests/fixtures/made-up-dataset';
import type { DataPackage } from '../../src/data-package/package-data';
import { BUNDLED_PACKAGE } from '../bundled';
import { readPackageAt } from '../open-path';
import type { Store } from './store';

function bundled(): DataPackage {
  const read = readPackageAt(BUNDLED_PACKAGE);
  if (!read.ok) throw new Error('the bundled package reads');
  return read.data;
}

/** The made-up package at another version, with one more year of figures. */
const madeUpLater: DataPackage = {
  ...madeUpPackage,
  version: '2.0.0',
  observations: [...madeUpPackage.observations, { indicator: 'coal_output', entity: 'testland', period: '2025', value: 16.5, status: 'estimated', qualifier: 'about', source: 'T1', note: 'Made up, later.', alternative: false }],
};

/** `open` gives a new, empty store each time; the suite closes what it opens. */
export function runStoreSuite(name: string, open: () => Promise<Store>) {
  /** Runs `test` on a new store, closed afterwards whatever happens. */
  const withStore = async (test: (store: Store) => Promise<void>) => {
    const store = await open();
    try {
      await test(store);
    } finally {
      await store.close();
    }
  };

  describe(`${name} store`, () => {
    it('gives back the bundled package exactly as it was put, with its record', () =>
      withStore(async (store) => {
        const pkg = bundled();
        const record = await store.put(pkg, 'a'.repeat(64));
        expect(record).toMatchObject({ name: pkg.name, title: pkg.title, checksum: 'a'.repeat(64), observations: pkg.observations.length });
        expect(new Date(record.importedAt).toISOString()).toBe(record.importedAt);
        const read = await store.read(pkg.name);
        expect(read?.record).toEqual(record);
        expect(read?.pkg).toEqual(pkg);
        expect(await store.get(pkg.name)).toEqual(record);
      }));

    it('lists several datasets by name, and knows nothing of one never put', () =>
      withStore(async (store) => {
        await store.put(madeUpPackage, 'b'.repeat(64));
        await store.put(bundled(), 'c'.repeat(64));
        expect((await store.list()).map((record) => record.name)).toEqual(['chongqing-industry-2020-2025', 'made-up'].sort());
        expect(await store.get('nope')).toBeUndefined();
        expect(await store.read('nope')).toBeUndefined();
        expect((await store.read('made-up'))?.pkg).toEqual(madeUpPackage);
      }));

    it('replaces a dataset whole: the new version, nothing left of the old', () =>
      withStore(async (store) => {
        await store.put(madeUpPackage, 'd'.repeat(64));
        const record = await store.put(madeUpLater, 'e'.repeat(64));
        expect(record).toMatchObject({ version: '2.0.0', checksum: 'e'.repeat(64), observations: madeUpLater.observations.length });
        expect((await store.read('made-up'))?.pkg).toEqual(madeUpLater);
        expect(await store.list()).toHaveLength(1);
        await store.put(madeUpPackage, 'd'.repeat(64));
        expect((await store.read('made-up'))?.pkg).toEqual(madeUpPackage);
      }));

    it('keeps the old dataset whole when a replacement fails', () =>
      withStore(async (store) => {
        await store.put(madeUpPackage, 'f'.repeat(64));
        // Two rows with one key: the database refuses the second, after the first table is written.
        const broken: DataPackage = { ...madeUpLater, facts: [...madeUpLater.facts, ...madeUpLater.facts] };
        await expect(store.put(broken, '0'.repeat(64))).rejects.toThrow();
        expect(await store.get('made-up')).toMatchObject({ checksum: 'f'.repeat(64) });
        expect((await store.read('made-up'))?.pkg).toEqual(madeUpPackage);
      }));

    it('never lets a reader see half of a replacement', () =>
      withStore(async (store) => {
        const small = madeUpPackage;
        const large = bundled();
        await store.put({ ...large, name: 'made-up' }, '1'.repeat(64));
        const reads: Promise<unknown>[] = [];
        const writes = (async () => {
          for (let round = 0; round < 3; round += 1) {
            await store.put({ ...small }, '2'.repeat(64));
            await store.put({ ...large, name: 'made-up' }, '1'.repeat(64));
          }
        })();
        for (let i = 0; i < 12; i += 1) {
          reads.push(
            store.read('made-up').then((read) => {
              if (!read) throw new Error('the dataset is there throughout');
              const whole = read.record.checksum === '2'.repeat(64) ? small : { ...large, name: 'made-up' };
              expect(read.pkg.observations).toHaveLength(whole.observations.length);
              expect(read.record.observations).toBe(whole.observations.length);
              expect(read.pkg.indicators).toHaveLength(whole.indicators.length);
            }),
          );
        }
        await Promise.all([writes, ...reads]);
      }));
  });
}
