// Open-data measures for npm run bench: the synthetic package of 1,000,000 observations
// (bench/generate-package.ts: synthetic, not real data) opened through the page's file picker in
// the embedded build. Per run: the time from the file chosen (the input's change event) to the
// first chart of the new data, the main thread's long tasks meanwhile, the longest gap between
// animation frames, and how long a click waited for its handler (clicks every 250 ms while the
// worker reads). Then filter changes on the new data, and the page's JS heap (the main thread's:
// the rows stay in the worker). Alone: `npm run bench:open-data [-- --runs 3]`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measureInteractionOn } from './bench-interaction.mjs';

export const PACKAGE_DIR = 'bench/synthetic';
export const PACKAGE_ZIP = `${PACKAGE_DIR}.zip`;
const TARGET_OPEN_MS = 10_000;

/** Writes the package unless it is there: the generator is deterministic, so it never changes. */
export function ensurePackage() {
  if (existsSync(PACKAGE_ZIP) && existsSync(join(PACKAGE_DIR, 'observations.csv'))) return;
  const generated = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'bench/generate-package.ts', '--out', PACKAGE_DIR, '--zip'], { stdio: 'inherit' });
  if (generated.status !== 0) throw new Error('bench/generate-package.ts failed');
}

/* global document, window, MutationObserver, requestAnimationFrame -- watchOpening runs in the page */
/** Runs in the page: starts the probes; the result lands on window.openBench once the new data's first chart is drawn. */
function watchOpening() {
  const probe = { longTasks: [], frameGaps: [], clickDelays: [], progress: new Set(), chosenAt: 0, readyAt: 0, chartAt: 0 };
  window.openBench = probe;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => probe.longTasks.push({ start: entry.startTime, duration: entry.duration }))).observe({ type: 'longtask' });
  document.querySelector('[data-testid="open-data-input"]').addEventListener('change', () => (probe.chosenAt = performance.now()), { capture: true });
  document.addEventListener('pointerdown', (event) => probe.clickDelays.push({ at: event.timeStamp, delay: performance.now() - event.timeStamp }), { capture: true });
  let last = performance.now();
  const frame = (now) => {
    if (probe.chosenAt > 0) probe.frameGaps.push({ at: now, gap: now - last });
    // The worker is done once the address names the dataset: what follows is the page drawing it.
    if (probe.chosenAt > 0 && !probe.readyAt && window.location.search.includes('dataset=')) probe.readyAt = now;
    last = now;
    if (!probe.chartAt) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // The first chart of the new data: the macro panel's chart of synthetic series, its line drawn.
  new MutationObserver((_mutations, observer) => {
    const bar = document.querySelector('[role="progressbar"]');
    if (bar) probe.progress.add(bar.getAttribute('aria-valuenow'));
    const figure = document.querySelector('[data-panel="macro"] figure');
    if (figure?.textContent?.includes('Synthetic macro series') && figure.querySelector('.recharts-line-curve')) {
      probe.chartAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;
const round = (value) => Math.round(value * 10) / 10;

async function openOnce(browser, url, files, { filterChanges }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard:all-panels').length > 0, null, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.evaluate(watchOpening);
  const title = await page.locator('h1').boundingBox();
  await page.locator('[data-testid="open-data-input"]').setInputFiles(files);
  // A reader's clicks while the worker reads: each one's wait for its handler is the page's responsiveness.
  for (let waited = 0; !(await page.evaluate(() => window.openBench.chartAt > 0)); waited += 250) {
    if (waited > 60_000) throw new Error('the new data drew no chart within 60 s');
    if (title) await page.mouse.click(title.x + 5, title.y + 5);
    await page.waitForTimeout(250);
  }
  const probe = await page.evaluate(() => {
    const { longTasks, frameGaps, clickDelays, progress, chosenAt, readyAt, chartAt } = window.openBench;
    // While the worker reads (chosen to ready), then while the page draws the new data (ready to chart).
    const during = (list, from, to) => list.filter(({ at, start = at }) => start >= from && start <= to);
    const phase = (from, to) => ({
      longTasks: during(longTasks, from, to).map((task) => task.duration),
      frameGaps: during(frameGaps, from, to).map((frame) => frame.gap),
      clickDelays: during(clickDelays, from, to).map((click) => click.delay),
    });
    return { reading: phase(chosenAt, readyAt), drawing: phase(readyAt, chartAt), progressSteps: progress.size, openMs: chartAt - chosenAt, readMs: readyAt - chosenAt };
  });
  await page.waitForTimeout(2000); // the other panels and the entry animations
  const filters = filterChanges > 0 ? await measureInteractionOn(page, { changes: filterChanges, kinds: [0, 1, 2] }) : undefined;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  const summary = ({ longTasks, frameGaps, clickDelays }) => ({
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    longTasksTotalMs: Math.round(longTasks.reduce((total, duration) => total + duration, 0)),
    longestFrameGapMs: Math.round(Math.max(0, ...frameGaps)),
    clicks: clickDelays.length,
    clickDelayMaxMs: round(Math.max(0, ...clickDelays)),
    clickDelayP95Ms: round(percentile(clickDelays, 95)),
  });
  return {
    openMs: Math.round(probe.openMs),
    readMs: Math.round(probe.readMs),
    reading: summary(probe.reading),
    drawing: summary(probe.drawing),
    progressSteps: probe.progressSteps,
    pageHeapMb: round(usedSize / 1024 / 1024),
    filters,
  };
}

/** `runs` openings of the .zip (median and worst), one of the folder's CSV files, filter changes after the first. */
export async function measureOpenData(browser, url, { runs = 3, filterChanges = 60 } = {}) {
  ensurePackage();
  const zipRuns = [];
  for (let run = 0; run < runs; run++) zipRuns.push(await openOnce(browser, url, [PACKAGE_ZIP], { filterChanges: run === 0 ? filterChanges : 0 }));
  const folder = await openOnce(browser, url, readdirSync(PACKAGE_DIR).map((name) => join(PACKAGE_DIR, name)), { filterChanges: 0 });
  const openTimes = zipRuns.map((run) => run.openMs);
  return {
    observations: 1_000_000,
    targetOpenMs: TARGET_OPEN_MS,
    zip: { runs, medianOpenMs: percentile(openTimes, 50), maxOpenMs: Math.max(...openTimes), samples: zipRuns },
    folder,
    filters: zipRuns[0]?.filters,
  };
}

export function openDataRows(result) {
  const worst = (phase) => result.zip.samples.map((sample) => sample[phase]).reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
  const reading = worst('reading');
  const drawing = worst('drawing');
  const filters = result.filters;
  return [
    `Open data (${result.observations.toLocaleString('en')} observations, synthetic, not real data; bench/generate-package.ts), chosen in the file picker of the embedded build, to the first chart of the new data: .zip (6.8 MB) median **${result.zip.medianOpenMs} ms**, worst ${result.zip.maxOpenMs} ms over ${result.zip.runs} runs (of which the worker's reading ${result.zip.samples.map((sample) => sample.readMs).join(', ')} ms); the folder's CSV files (62.5 MB) ${result.folder.openMs} ms (target ≤ ${result.targetOpenMs} ms).`,
    `While the worker reads (worst run): ${reading.longTasks} long task(s) on the main thread, the longest ${reading.longestTaskMs} ms; the longest gap between frames ${reading.longestFrameGapMs} ms; ${reading.clicks} clicks, each handled within ${reading.clickDelayMaxMs} ms (p95 ${reading.clickDelayP95Ms} ms); ${result.zip.samples[0]?.progressSteps} progress steps shown. Then drawing the new data: ${drawing.longTasks} long task(s), the longest ${drawing.longestTaskMs} ms (${drawing.longTasksTotalMs} ms in all), clicks waited at most ${drawing.clickDelayMaxMs} ms.`,
    filters
      ? `Then ${filters.changes} filter changes on the new data: p50 **${filters.p50Ms} ms**, p95 **${filters.p95Ms} ms** (target p95 ≤ 100 ms), idle again p95 ${filters.settledP95Ms} ms; the page's JS heap ${result.zip.samples[0]?.pageHeapMb} MB (the rows stay in the worker).`
      : '',
  ];
}

// Alone: serves dist/ (npm run build first), measures, prints.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const port = 4415;
  const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  process.on('exit', () => preview.kill('SIGTERM'));
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const result = await measureOpenData(browser, `http://127.0.0.1:${port}/`, { runs });
  await browser.close();
  console.log(JSON.stringify(result, null, 2));
  console.log(openDataRows(result).join('\n\n'));
  process.exit(0);
}
