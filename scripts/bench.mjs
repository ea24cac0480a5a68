// Benchmark: bytes of what index.html loads before any dynamic import and of each
// lazy chunk; the time to the first chart and to all four panels (the app's performance marks)
// over cold runs of both production builds, the embedded mock API (dist/) and the build for the
// real server (dist-real-api/, npm run api); the same for the floor app (bench/floor: the first
// chart with only react-dom and recharts, bench/dist), with our/floor ratios; Lighthouse scores
// (desktop); filter changes (input to paint, p50/p95) with the JS heap after 20 and 300 of them;
// export times (click to file); and the scale build (dist-scale/: 50 indicators × 600 months
// through the same handlers): load, filter changes and points drawn against plot pixels; and
// open data: a synthetic package of 1,000,000 observations opened in the embedded build
// (scripts/bench-open-data.mjs); and the embed of the first chart against the dashboard
// (scripts/bench-embed.mjs).
// Usage: npm run bench [-- --runs 7] [-- --lighthouse-runs 5] [-- --open-runs 3]. Writes bench/results/bench.json
// and bench/results/bench.md.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { exportRows, measureExports } from './bench-export-timing.mjs';
import { measureInteraction } from './bench-interaction.mjs';
import { measureLighthouse } from './bench-lighthouse.mjs';
import { embedRows, measureEmbed } from './bench-embed.mjs';
import { measureOpenData, openDataRows } from './bench-open-data.mjs';
import { measureScalePoints } from './bench-scale.mjs';

const option = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const runs = option('--runs', 5);
// Single Lighthouse runs of one build spread widely, with the odd one far below the rest: a
// median over few runs moves with them.
const lighthouseRuns = option('--lighthouse-runs', 9);
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
  const entryFiles = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
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

/** One cold load (a new context: no cache): the app's marks. */
async function coldLoad(browser, url, finalMark) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, finalMark, { timeout: 30_000 });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  await context.close();
  return { firstChart: marks['dashboard:first-chart'], allPanels: marks['dashboard:all-panels'] ?? marks['dashboard:first-chart'] };
}

/**
 * Cold loads of several builds, interleaved: each round loads every build once, in an order
 * that rotates from round to round, after a first round that is not counted (the browser's and
 * the servers' own first-use costs). Run one build after another instead and the machine's drift
 * lands on one of them; keep one order and the build loaded after another's teardown pays for it.
 */
async function timeLoads(browser, builds) {
  const samples = builds.map(() => []);
  for (let round = -1; round < runs; round++) {
    for (let k = 0; k < builds.length; k++) {
      const index = (k + Math.max(round, 0)) % builds.length;
      const { url, finalMark = 'dashboard:all-panels' } = builds[index];
      const sample = await coldLoad(browser, url, finalMark);
      if (round >= 0) samples[index].push(sample);
    }
  }
  const stat = (list, key) => {
    const values = list.map((s) => s[key]).sort((a, b) => a - b);
    return { median: Math.round(values[Math.floor(values.length / 2)]), min: Math.round(values[0]), max: Math.round(values.at(-1)) };
  };
  return samples.map((list) => ({ firstChartMs: stat(list, 'firstChart'), allPanelsMs: stat(list, 'allPanels'), runs }));
}

const apiPort = 18787; // the port dist-real-api was built for (npm run build:real-api)
const [embeddedPort, realPort, floorPort, scalePort] = [4411, 4412, 4413, 4414];
// The scale dataset's whole range: 600 months a series.
const scaleUrl = `http://127.0.0.1:${scalePort}/?from=1976&to=2025`;
start(['node_modules/vite/bin/vite.js', 'preview', '--config', 'bench/floor/vite.config.ts', '--host', '127.0.0.1', '--port', String(floorPort), '--strictPort']);
start(['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(embeddedPort), '--strictPort']);
start(['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(realPort), '--strictPort', '--outDir', 'dist-real-api']); // the build's own _headers hold the API origin
start(['node_modules/vite/bin/vite.js', 'preview', '--mode', 'scale', '--host', '127.0.0.1', '--port', String(scalePort), '--strictPort', '--outDir', 'dist-scale']);
start(['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], { PORT: String(apiPort), API_LOG: 'off', CORS_ORIGINS: `http://127.0.0.1:${realPort}`, DUCKDB_PATH: join(mkdtempSync(join(tmpdir(), 'bench-api-')), 'datasets.duckdb') });
await Promise.all([waitFor(`http://127.0.0.1:${embeddedPort}`), waitFor(`http://127.0.0.1:${realPort}`), waitFor(`http://127.0.0.1:${floorPort}`), waitFor(`http://127.0.0.1:${scalePort}`), waitFor(`http://127.0.0.1:${apiPort}/health`)]);

// The floor draws the dashboard's first chart (the macro panel's featured indicators) from a
// static copy of what the API answers for it.
const { indicators } = await (await fetch(`http://127.0.0.1:${apiPort}/api/v1/indicators?domain=macro`)).json();
const featured = indicators.filter((indicator) => indicator.isFeatured).map((indicator) => indicator.id);
const firstChart = await (await fetch(`http://127.0.0.1:${apiPort}/api/v1/series?indicators=${featured.join(',')}`)).json();
writeFileSync('bench/dist/first-chart.json', JSON.stringify(firstChart));

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const [embedded, realApi, floor] = await timeLoads(browser, [
  { url: `http://127.0.0.1:${embeddedPort}/` },
  { url: `http://127.0.0.1:${realPort}/` },
  { url: `http://127.0.0.1:${floorPort}/`, finalMark: 'dashboard:first-chart' },
]);
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  bytes: measureBytes('dist'),
  // The real-API build chunks its entry differently (vite.config.ts, firstLoadChunk).
  realApiBytes: measureBytes('dist-real-api'),
  floorBytes: measureBytes('bench/dist'),
  embedded,
  realApi,
  floor,
  interaction: await measureInteraction(browser, `http://127.0.0.1:${embeddedPort}/`, { memoryAt: [20, 300, 600] }),
  // Year-range changes alone, here and on the floor's single chart: what recharts itself costs.
  interactionYears: await measureInteraction(browser, `http://127.0.0.1:${embeddedPort}/`, { changes: 60, memoryAt: [], kinds: [0] }),
  floorInteractionYears: await measureInteraction(browser, `http://127.0.0.1:${floorPort}/`, { changes: 60, memoryAt: [], kinds: [0], readyMark: 'dashboard:first-chart' }),
  exports: await measureExports(browser, `http://127.0.0.1:${embeddedPort}/`),
  scale: {
    load: (await timeLoads(browser, [{ url: scaleUrl }]))[0],
    interaction: await measureInteraction(browser, scaleUrl, { memoryAt: [20, 300] }),
    points: await measureScalePoints(browser, scaleUrl),
  },
  embed: await measureEmbed(browser, `http://127.0.0.1:${embeddedPort}/`, { runs }),
  openData: await measureOpenData(browser, `http://127.0.0.1:${embeddedPort}/`, { runs: option('--open-runs', 3) }),
};
const ratio = (ours, floor) => Math.round((ours / floor) * 100) / 100;
result.ratios = {
  entryGzip: ratio(result.bytes.entryGzip, result.floorBytes.entryGzip),
  entryGzipRealApi: ratio(result.realApiBytes.entryGzip, result.floorBytes.entryGzip),
  firstChartEmbedded: ratio(result.embedded.firstChartMs.median, result.floor.firstChartMs.median),
  firstChartRealApi: ratio(result.realApi.firstChartMs.median, result.floor.firstChartMs.median),
};
await browser.close();
// Lighthouse starts a browser of its own per run, after the timed runs, so they never overlap.
const [lighthouseEmbedded, lighthouseRealApi] = await measureLighthouse(executablePath, [`http://127.0.0.1:${embeddedPort}/`, `http://127.0.0.1:${realPort}/`], { runs: lighthouseRuns });
result.lighthouse = { embedded: lighthouseEmbedded, realApi: lighthouseRealApi };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, t) => `| ${name} | ${t.firstChartMs.median} ms (${t.firstChartMs.min}–${t.firstChartMs.max}) | ${t.allPanelsMs.median} ms (${t.allPanelsMs.min}–${t.allPanelsMs.max}) |`;
const markdown = [
  `Benchmark of ${result.date.slice(0, 10)} on ${result.machine}, ${runs} cold runs each, the three builds interleaved in a rotating order after a warm-up round (median, min–max).`,
  '',
  '| measure | ours | floor | ours / floor | target |',
  '|---|---|---|---|---|',
  `| entry JS+CSS, gzip, embedded build | ${kb(result.bytes.entryGzip)} (${kb(result.bytes.entryRaw)} raw) | ${kb(result.floorBytes.entryGzip)} (${kb(result.floorBytes.entryRaw)} raw) | ${result.ratios.entryGzip} | ≤ 1.35 |`,
  `| entry JS+CSS, gzip, real API build | ${kb(result.realApiBytes.entryGzip)} (${kb(result.realApiBytes.entryRaw)} raw) | ${kb(result.floorBytes.entryGzip)} | ${result.ratios.entryGzipRealApi} | ≤ 1.35 |`,
  `| first chart, real API build | ${result.realApi.firstChartMs.median} ms | ${result.floor.firstChartMs.median} ms | ${result.ratios.firstChartRealApi} | ≤ 1.3 |`,
  `| first chart, embedded mock API | ${result.embedded.firstChartMs.median} ms | ${result.floor.firstChartMs.median} ms | ${result.ratios.firstChartEmbedded} | ≤ 1.3 |`,
  '',
  '| build | first chart | all four panels |',
  '|---|---|---|',
  row('embedded mock API (dist/)', result.embedded),
  row('real API server (dist-real-api/)', result.realApi),
  `| floor (bench/dist) | ${result.floor.firstChartMs.median} ms (${result.floor.firstChartMs.min}–${result.floor.firstChartMs.max}) | – |`,
  '',
  `Filter changes (year range, value mode, indicator; ${result.interaction.changes} of them, input event to the first paint after the chart changed): p50 **${result.interaction.p50Ms} ms**, p95 **${result.interaction.p95Ms} ms**, max ${result.interaction.maxMs} ms (target p95 ≤ 50 ms). Until the main thread is idle again (the other panels and the URL brought up to date after that paint): p50 ${result.interaction.settledP50Ms} ms, p95 ${result.interaction.settledP95Ms} ms. JS heap after a forced GC: ${Object.entries(result.interaction.heapMb).map(([n, mb]) => `${mb} MB after ${n} changes`).join(', ')}.`,
  '',
  `Scale (scale build, 50 indicators × 600 months, whole range 1976–2025): first chart ${result.scale.load.firstChartMs.median} ms (${result.scale.load.firstChartMs.min}–${result.scale.load.firstChartMs.max}), all four panels ${result.scale.load.allPanelsMs.median} ms; filter changes p50 **${result.scale.interaction.p50Ms} ms**, p95 **${result.scale.interaction.p95Ms} ms** (target p95 ≤ 100 ms), idle again p50 ${result.scale.interaction.settledP50Ms} ms, p95 ${result.scale.interaction.settledP95Ms} ms; heap ${Object.entries(result.scale.interaction.heapMb).map(([n, mb]) => `${mb} MB after ${n}`).join(', ')}; at most ${result.scale.points.maxPointsPerLine} points drawn per line on plots of ${result.scale.points.narrowestPlotPx} px or more (${result.scale.points.withinPixels ? 'never more points than pixels' : 'MORE POINTS THAN PIXELS'}; the table keeps all 600).`,
  '',
  ...embedRows(result.embed),
  '',
  ...openDataRows(result.openData).flatMap((line) => [line, '']),
  `Year-range changes only (${result.interactionYears.changes} of them): ours p50 ${result.interactionYears.p50Ms} ms, p95 ${result.interactionYears.p95Ms} ms (idle again p95 ${result.interactionYears.settledP95Ms} ms); the floor's single chart p50 ${result.floorInteractionYears.p50Ms} ms, p95 ${result.floorInteractionYears.p95Ms} ms (idle again p95 ${result.floorInteractionYears.settledP95Ms} ms).`,
  '',
  `Lighthouse 12.2.3, desktop profile, median of ${lighthouseRuns} runs, the two builds alternating (min–max):`,
  '',
  '| build | performance | accessibility | best practices | FCP | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|---|',
  ...Object.entries({ 'embedded mock API': result.lighthouse.embedded, 'real API server': result.lighthouse.realApi }).map(([name, lh]) => {
    const score = (id) => `${lh.scores[id].median} (${lh.scores[id].min}–${lh.scores[id].max})`;
    const m = lh.metrics;
    return `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${m['first-contentful-paint']} ms | ${m['largest-contentful-paint']} ms | ${m['total-blocking-time']} ms | ${m['cumulative-layout-shift']} |`;
  }),
  '',
  'Targets: performance ≥ 95, accessibility 100, best practices ≥ 95.',
  '',
  '| export | median | min | max | runs |',
  '|---|---|---|---|---|',
  ...exportRows(result.exports),
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
