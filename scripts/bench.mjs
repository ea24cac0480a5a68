// First-load benchmark (issue #7, first part): bytes of what index.html loads before any
// dynamic import and of each lazy chunk, and the time to the first chart and to all four
// panels (the app's performance marks), over cold runs of both production builds: the
// embedded mock API (dist/) and the build for the real server (dist-real-api/, npm run api).
// Usage: npm run bench [-- --runs 7]. Writes bench/results/bench.json and bench/results/bench.md.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const children = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));

function start(args, env = {}) {
  const child = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}
async function waitFor(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer at ${url}`);
}

/** Bytes of the entry (script, its static imports, CSS) and of every other chunk. */
function measureBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const size = (file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const entry = entryFiles.map(size);
  const lazy = readdirSync(join(dir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name) && !entryFiles.includes(`assets/${name}`))
    .map((name) => size(`assets/${name}`))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  return { entry, entryRaw: sum(entry, 'raw'), entryGzip: sum(entry, 'gzip'), lazy };
}

async function timeLoads(browser, url) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } }); // cold: no cache, no worker
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:all-panels').length > 0, null, { timeout: 30_000 });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    samples.push({ firstChart: marks['dashboard:first-chart'], allPanels: marks['dashboard:all-panels'], wallMs: Date.now() - started });
    await context.close();
  }
  const stat = (key) => {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b);
    return { median: Math.round(values[Math.floor(values.length / 2)]), min: Math.round(values[0]), max: Math.round(values.at(-1)) };
  };
  return { firstChartMs: stat('firstChart'), allPanelsMs: stat('allPanels'), runs };
}

const apiPort = 18787; // the port dist-real-api was built for (npm run build:real-api)
const [embeddedPort, realPort] = [4411, 4412];
start(['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(embeddedPort), '--strictPort']);
start(['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(realPort), '--strictPort', '--outDir', 'dist-real-api'], { VITE_API_BASE_URL: `http://127.0.0.1:${apiPort}` });
start(['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], { PORT: String(apiPort), API_LOG: 'off', CORS_ORIGINS: `http://127.0.0.1:${realPort}` });
await Promise.all([waitFor(`http://127.0.0.1:${embeddedPort}`), waitFor(`http://127.0.0.1:${realPort}`), waitFor(`http://127.0.0.1:${apiPort}/health`)]);

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  bytes: measureBytes('dist'),
  embedded: await timeLoads(browser, `http://127.0.0.1:${embeddedPort}/`),
  realApi: await timeLoads(browser, `http://127.0.0.1:${realPort}/`),
};
await browser.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, t) => `| ${name} | ${t.firstChartMs.median} ms (${t.firstChartMs.min}–${t.firstChartMs.max}) | ${t.allPanelsMs.median} ms (${t.allPanelsMs.min}–${t.allPanelsMs.max}) |`;
const markdown = [
  `Benchmark of ${result.date.slice(0, 10)} on ${result.machine}, ${runs} cold runs each (median, min–max).`,
  '',
  `Entry (what index.html loads before any dynamic import): ${kb(result.bytes.entryRaw)} raw, **${kb(result.bytes.entryGzip)} gzip**.`,
  '',
  '| build | first chart | all four panels |',
  '|---|---|---|',
  row('embedded mock API (dist/)', result.embedded),
  row('real API server (dist-real-api/)', result.realApi),
  '',
  '| lazy chunk | raw | gzip |',
  '|---|---|---|',
  ...result.bytes.lazy.slice(0, 10).map((chunk) => `| ${chunk.file} | ${kb(chunk.raw)} | ${kb(chunk.gzip)} |`),
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/bench.json', `${JSON.stringify(result, null, 2)}\n`);
writeFileSync('bench/results/bench.md', `${markdown}\n`);
console.log(markdown);
process.exit(0);
