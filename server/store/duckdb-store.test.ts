// @vitest-environment node
// The DuckDB store: the suite every store passes, then what DuckDB alone is asked (the file
// outlives the process; one process holds it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackageObservation } from '../../src/data-package/package-data';
import { madeUpPackage } from '../../tests/fixtures/made-up-dataset';
import { BUNDLED_PACKAGE } from '../bundled';
import { readPackageAt } from '../open-path';
import { openDuckDbStore } from './duckdb-store';
import { runStoreSuite } from './store-suite';

const freshPath = () => join(mkdtempSync(join(tmpdir(), 'duckdb-store-')), 'datasets.duckdb');

runStoreSuite('DuckDB', () => openDuckDbStore(freshPath()));

describe('DuckDB store, on disk', () => {
  it('gives the package back with its keys in their order and no empty fields, as JSON would write it', async () => {
    const read = readPackageAt(BUNDLED_PACKAGE);
    if (!read.ok) throw new Error('the bundled package reads');
    const store = await openDuckDbStore(freshPath());
    try {
      await store.put(read.data, 'a'.repeat(64));
      const back = (await store.read(read.data.name))?.pkg;
      expect(JSON.stringify(back)).toBe(JSON.stringify(read.data));
      expect(back?.indicators.some((indicator) => 'shortUnit' in indicator && indicator.shortUnit === undefined)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('gives back tens of thousands of observations in their order, gaps and empty fields as they were', async () => {
    // Keys in the reader's order, as JSON compares them.
    const observations: PackageObservation[] = Array.from({ length: 30_000 }, (_, i) => ({
      indicator: 'coal_output',
      entity: 'testland',
      period: String(1000 + (i % 9000)),
      value: i % 7 === 0 ? null : i / 3,
      ...(i % 3 === 0 ? { status: 'estimated' as const } : {}),
      source: 'T1',
      ...(i % 5 === 0 ? { note: `row ${i}` } : {}),
      alternative: false,
    }));
    const store = await openDuckDbStore(freshPath());
    try {
      await store.put({ ...madeUpPackage, observations }, 'a'.repeat(64));
      const back = (await store.read('made-up'))?.pkg.observations;
      expect(back).toHaveLength(observations.length);
      expect(JSON.stringify(back)).toBe(JSON.stringify(observations));
    } finally {
      await store.close();
    }
  });

  it('keeps its datasets when closed and opened again', async () => {
    const path = freshPath();
    const first = await openDuckDbStore(path);
    const record = await first.put(madeUpPackage, 'a'.repeat(64));
    await first.close();
    const again = await openDuckDbStore(path);
    try {
      expect(await again.list()).toEqual([record]);
      expect((await again.read('made-up'))?.pkg).toEqual(madeUpPackage);
    } finally {
      await again.close();
    }
  });
});
