// The API server under load, on each store (DuckDB, PostgreSQL) and two datasets: the bundled one
// and a synthetic million observations (bench/synthetic-package.ts). Each server is started as a
// person starts it (`npm run api` with a fresh store), the million imported with `data:import`, then
// autocannon sends each request for a while. Writes bench/results/load.json and prints a table.
// Usage: npm run load-test [-- --duration 10 --connections 10 --stores duckdb,postgres]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { MILLION, syntheticPackage } from '../bench/synthetic-package';
import { startCluster, type TestCluster } from '../tests/postgres/cluster';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '10'));
const stores = option('stores', 'duckdb,postgres').split(',') as ('duckdb' | 'postgres')[];
const port = 18788;
const base = `http://127.0.0.1:${port}`;
const TSX = 'node_modules/tsx/dist/cli.mjs';
const SYNTHETIC = 'synthetic-benchmark';

const targets: [name: string, path: string][] = [
  ['bundled: domains', '/api/v1/domains'],
  ['bundled: series, 3 indicators', '/api/v1/series?indicators=gdp,nev_production,laptop_production&from=2020&to=2025'],
  ['bundled: facts of a panel', '/api/v1/facts?domain=nev'],
  ['1M: domains', `/api/v1/domains?dataset=${SYNTHETIC}`],
  ['1M: series, 2 indicators × 3 regions × 5 years', `/api/v1/series?dataset=${SYNTHETIC}&indicators=syn_macro_001,syn_nev_002&entities=region-01,region-02,region-03&from=2021&to=2025`],
  ['1M: every series of a panel, 1 region', `/api/v1/series?dataset=${SYNTHETIC}&domain=materials&entities=region-07`],
];

function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function waitForHealth(server: ChildProcess) {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const folder = mkdtempSync(join(tmpdir(), 'load-test-'));
const packageFolder = join(folder, SYNTHETIC);
mkdirSync(packageFolder);
for (const [path, text] of syntheticPackage(MILLION)) writeFileSync(join(packageFolder, path), text);

const rows: Record<string, unknown>[] = [];
const setups: Record<string, unknown>[] = [];
let cluster: TestCluster | undefined;
let server: ChildProcess | undefined;
const cleanUp = () => {
  server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
};
process.on('exit', cleanUp);
try {
  for (const store of stores) {
    cluster = store === 'postgres' ? await startCluster() : undefined;
    // The store is this run's alone, whatever the shell's environment names.
    const { DUCKDB_PATH: _duckdb, DATABASE_URL: _postgres, ...inherited } = process.env;
    const env = { ...inherited, PORT: String(port), API_LOG: 'off', ...(cluster ? { DATABASE_URL: cluster.url } : { DUCKDB_PATH: join(folder, `${store}.duckdb`) }) };
    let started = performance.now();
    const imported = await run([TSX, 'scripts/data-import.ts', packageFolder], env);
    if (imported.code !== 0) throw new Error(`data:import failed on ${store}:\n${imported.output}`);
    const importSeconds = (performance.now() - started) / 1000;
    server = spawn(process.execPath, [TSX, 'server/main.ts'], { env, stdio: 'ignore' });
    await waitForHealth(server);
    started = performance.now();
    for (const [, path] of targets) if (!(await fetch(`${base}${path}`)).ok) throw new Error(`${path} failed on ${store}`);
    setups.push({ store, importMillionSeconds: Math.round(importSeconds * 10) / 10, firstRequestsSeconds: Math.round(((performance.now() - started) / 1000) * 10) / 10 });
    for (const [name, path] of targets) {
      const result = await autocannon({ url: `${base}${path}`, connections, duration, headers: { 'accept-encoding': 'gzip' } });
      rows.push({
        store,
        endpoint: name,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        total: result.requests.total,
      });
    }
    server.kill('SIGTERM');
    await new Promise((resolve) => server?.once('exit', resolve));
    server = undefined;
    await cluster?.stop();
    cluster = undefined;
  }
} finally {
  server?.kill('SIGTERM');
  await cluster?.stop();
}

const report = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`, connections, durationSeconds: duration, setups, rows };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/load.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('| store | request | req/s | p50 | p99 | errors | requests |\n|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${String(r.store)} | ${String(r.endpoint)} | ${String(r.requestsPerSecond)} | ${String(r.latencyP50Ms)} ms | ${String(r.latencyP99Ms)} ms | ${String(r.errors)} | ${String(r.total)} |`);
for (const s of setups) console.log(`${String(s.store)}: data:import of the million in ${String(s.importMillionSeconds)} s; first answer of every request (building both datasets) in ${String(s.firstRequestsSeconds)} s`);
process.exit(rows.every((r) => r.errors === 0) ? 0 : 1);
