// Export speed benchmark: time from the click on a menu item to the finished file, for a 2x
// chart PNG and for the whole-dashboard PNG, on the production build in Debian's chromium.
// Usage: npm run bench:export [-- --runs 9]   (builds first; writes bench/results/export.json)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const port = 4399;
const baseUrl = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function timeExport(page, menuButton, item) {
  await menuButton.click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await menuItem.waitFor();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download'), menuItem.click()]);
  await download.path(); // the file is complete
  return performance.now() - started;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ median: Math.round(median(values)), min: Math.round(Math.min(...values)), max: Math.round(Math.max(...values)), runs: values.length });

const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(baseUrl);
await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
const chartButton = page.locator('[data-panel="nev"] figure').first().getByRole('button', { name: /^Export/ });
const dashboardButton = page.locator('body > div header').first().getByRole('button', { name: /^Export/ });

const chartFirst = await timeExport(page, chartButton, 'PNG image (2x)'); // includes loading the export code
const chartTimes = [];
for (let i = 0; i < runs; i++) chartTimes.push(await timeExport(page, chartButton, 'PNG image (2x)'));
const dashboardTimes = [];
for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) dashboardTimes.push(await timeExport(page, dashboardButton, 'PNG image (2x)'));

const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  chartPng2x: { ...stats(chartTimes), firstClickMs: Math.round(chartFirst) },
  dashboardPng2x: stats(dashboardTimes),
};
await browser.close();
stop();
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/export.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log(`\n| export | median | min | max | runs |\n|---|---|---|---|---|`);
console.log(`| chart PNG 2x (click to file) | ${result.chartPng2x.median} ms | ${result.chartPng2x.min} ms | ${result.chartPng2x.max} ms | ${result.chartPng2x.runs} |`);
console.log(`| chart PNG 2x, first click (loads export code) | ${result.chartPng2x.firstClickMs} ms | | | 1 |`);
console.log(`| whole dashboard PNG 2x | ${result.dashboardPng2x.median} ms | ${result.dashboardPng2x.min} ms | ${result.dashboardPng2x.max} ms | ${result.dashboardPng2x.runs} |`);
