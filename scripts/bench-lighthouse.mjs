// Lighthouse: performance, accessibility and best-practices scores with the
// desktop profile, over a few runs (median), on a production build. Lighthouse 12.2.3 is pinned:
// newer releases need Node 22. It drives its own Debian chromium through a debugging port.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** One Lighthouse run in a browser of its own: scores and metrics. */
export async function lighthouseSample(executablePath, url, { port = 9333 } = {}) {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`],
  });
  try {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, desktopConfig);
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
      // Times in ms; layout shift is a unitless score, kept to three decimals.
      metrics: Object.fromEntries(METRICS.map((id) => [id, Math.round((lhr.audits[id]?.numericValue ?? 0) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1)])),
    };
  } finally {
    await browser.close();
  }
}

/** Medians (and the range of each score) over runs. */
export function summarizeLighthouse(samples) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    runs: samples.length,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, { median: median(samples.map((s) => s.scores[id])), min: Math.min(...samples.map((s) => s.scores[id])), max: Math.max(...samples.map((s) => s.scores[id])) }])),
    metrics: Object.fromEntries(METRICS.map((id) => [id, median(samples.map((s) => s.metrics[id]))])),
  };
}

/**
 * Lighthouse over several builds, interleaved run by run (one build's runs back to back would
 * take the machine's drift for that build alone).
 */
export async function measureLighthouse(executablePath, urls, { runs = 5, port = 9333 } = {}) {
  const samples = urls.map(() => []);
  for (let i = 0; i < runs; i++) for (const [index, url] of urls.entries()) samples[index].push(await lighthouseSample(executablePath, url, { port }));
  return samples.map(summarizeLighthouse);
}
