// The embed against the dashboard (npm run bench, or `npm run bench:embed` alone): cold loads of
// the same chart (the macro panel's GDP chart, the dashboard's first), interleaved in a rotating
// order after a warm-up round, each timed to the `dashboard:first-chart` mark the embed also sets;
// with the JS and CSS each page had fetched by then (resource timing, bytes as served), and the
// gzip bytes of what each page loads before any dynamic import.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const EMBED_PATH = 'embed.html?embed=macro-gdp';

/** Gzip bytes of what `page` (an HTML file of dist/) loads before any dynamic import. */
export function entryGzip(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard:first-chart').length > 0, undefined, { timeout: 30_000 });
  const sample = await page.evaluate(() => {
    const drawnAt = performance.getEntriesByName('dashboard:first-chart')[0].startTime;
    const code = performance.getEntriesByType('resource').filter((entry) => /\.(js|css)$/.test(new URL(entry.name).pathname) && entry.responseEnd <= drawnAt);
    return { firstChart: drawnAt, codeBytes: code.reduce((total, entry) => total + entry.encodedBodySize, 0), codeFiles: code.length };
  });
  await context.close();
  return sample;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `baseUrl`: a `vite preview` of dist/ (with its trailing slash). */
export async function measureEmbed(browser, baseUrl, { runs = 5 } = {}) {
  const pages = [{ name: 'dashboard', url: baseUrl }, { name: 'embed', url: `${baseUrl}${EMBED_PATH}` }];
  const samples = pages.map(() => []);
  for (let round = -1; round < runs; round++) {
    for (let k = 0; k < pages.length; k++) {
      const index = (k + Math.max(round, 0)) % pages.length;
      const sample = await coldLoad(browser, pages[index].url);
      if (round >= 0) samples[index].push(sample);
    }
  }
  const summary = (list) => ({
    firstChartMs: { median: Math.round(median(list.map((s) => s.firstChart))), min: Math.round(Math.min(...list.map((s) => s.firstChart))), max: Math.round(Math.max(...list.map((s) => s.firstChart))) },
    codeBytes: median(list.map((s) => s.codeBytes)),
    codeFiles: median(list.map((s) => s.codeFiles)),
  });
  const [dashboard, embed] = samples.map(summary);
  // Paired by round: the embed's first chart minus the dashboard's in the same round.
  const differences = samples[1].map((sample, i) => sample.firstChart - samples[0][i].firstChart);
  return { runs, dashboard, embed, medianDifferenceMs: Math.round(median(differences)), entryGzip: { dashboard: entryGzip('dist', 'index.html'), embed: entryGzip('dist', 'embed.html') } };
}

export function embedRows(result) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (name, r, entry) => `| ${name} | ${r.firstChartMs.median} ms (${r.firstChartMs.min}–${r.firstChartMs.max}) | ${kb(r.codeBytes)} in ${r.codeFiles} files | ${kb(entry)} |`;
  return [
    `Embed against dashboard (${result.runs} cold runs each, interleaved; the same GDP chart): the embed's first chart minus the dashboard's, median of paired runs, **${result.medianDifferenceMs} ms**.`,
    '',
    '| page | first chart | JS+CSS fetched by then (as served) | entry JS+CSS, gzip |',
    '|---|---|---|---|',
    row(`dashboard (/)`, result.dashboard, result.entryGzip.dashboard),
    row(`embed (/${EMBED_PATH})`, result.embed, result.entryGzip.embed),
  ];
}

// Alone: serves dist/ (npm run build first), measures, prints.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
  const port = 4416;
  const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  process.on('exit', () => preview.kill('SIGTERM'));
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const result = await measureEmbed(browser, `http://127.0.0.1:${port}/`, { runs });
  await browser.close();
  console.log(embedRows(result).join('\n'));
  process.exit(0);
}
