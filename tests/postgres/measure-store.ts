// Times the PostgreSQL store's put and read on a cluster of its own: the bundled package, and the
// scale benchmark's synthetic package of 1,000,000 observations (bench/synthetic-package.ts).
// Usage: npx tsx tests/postgres/measure-store.ts [--rounds 3]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MILLION, syntheticPackage } from '../../bench/synthetic-package';
import { BUNDLED_PACKAGE } from '../../server/bundled';
import { readPackageAt } from '../../server/open-path';
import { openPostgresStore } from '../../server/store/postgres-store';
import type { DataPackage } from '../../src/data-package/package-data';
import { startCluster } from './cluster';

const at = process.argv.indexOf('--rounds');
const rounds = at === -1 ? 3 : Number(process.argv[at + 1]) || 3;

function packageAt(path: string): DataPackage {
  const read = readPackageAt(path);
  if (!read.ok) throw new Error(`${path} has problems`);
  return read.data;
}

function syntheticMillion(): DataPackage {
  const folder = mkdtempSync(join(tmpdir(), 'synthetic-'));
  try {
    for (const [name, text] of syntheticPackage(MILLION)) writeFileSync(join(folder, name), text);
    return packageAt(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const cluster = await startCluster();
const store = await openPostgresStore(cluster.url);
try {
  for (const [label, pkg] of [['bundled', packageAt(BUNDLED_PACKAGE)], ['1,000,000 observations', syntheticMillion()]] as const) {
    const puts: number[] = [];
    const reads: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      puts.push(await timed(() => store.put(pkg, '0'.repeat(64))));
      reads.push(await timed(() => store.read(pkg.name)));
    }
    const ms = (values: number[]) => `median ${median(values).toFixed(0)} ms (${values.map((value) => value.toFixed(0)).join(', ')})`;
    console.log(`${label} (${pkg.observations.length} observations): put ${ms(puts)}; read ${ms(reads)}`);
  }
} finally {
  await store.close();
  await cluster.stop();
}
