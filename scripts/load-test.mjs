// A short load test of the API server on loopback: autocannon, 10 connections, 10 s per
// endpoint. Usage: npm run load-test. Writes bench/results/load.json and prints a table.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const port = 18788;
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], { stdio: 'ignore', env: { ...process.env, PORT: String(port), API_LOG: 'off', DUCKDB_PATH: join(mkdtempSync(join(tmpdir(), 'load-test-')), 'datasets.duckdb') } });
process.on('exit', () => server.kill('SIGTERM'));
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const targets = [
  ['/api/v1/domains', 'domains'],
  ['/api/v1/series?indicators=gdp,nev_production,laptop_production&from=2020&to=2025', 'series'],
  ['/api/v1/facts?domain=nev', 'facts'],
];
const rows = [];
for (const [path, name] of targets) {
  const result = await autocannon({ url: `${base}${path}`, connections: 10, duration: 10, headers: { 'accept-encoding': 'gzip' } });
  rows.push({
    endpoint: name,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  });
}
server.kill('SIGTERM');
const report = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`, connections: 10, durationSeconds: 10, rows };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/load.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('| endpoint | req/s | p50 | p99 | errors | requests |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.endpoint} | ${r.requestsPerSecond} | ${r.latencyP50Ms} ms | ${r.latencyP99Ms} ms | ${r.errors} | ${r.total} |`);
process.exit(rows.every((r) => r.errors === 0) ? 0 : 1);
