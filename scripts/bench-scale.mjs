// Scale measures for npm run bench: the scale build (vite build --mode scale,
// dist-scale/) serves 50 synthetic indicators × 600 months through the same route table. On the
// whole range (1976–2025), how many points each chart draws against the pixels of its plot;
// load and filter times are measured by bench.mjs with the same functions as for the app.

/* global document -- countDrawnPoints runs in the page (page.evaluate) */
/** Runs in the page: per chart on screen, the plot's width and the most points a line draws. */
function countDrawnPoints() {
  return [...document.querySelectorAll('[data-testid="trend-chart"]')].map((chart) => {
    const plot = chart.querySelector('clipPath rect');
    const lines = [...chart.querySelectorAll('path.recharts-line-curve')].map((path) => (path.getAttribute('d')?.match(/[ML]/g) ?? []).length);
    return { plotWidthPx: Math.round(Number(plot?.getAttribute('width') ?? 0)), maxPointsPerLine: Math.max(0, ...lines), lines: lines.length };
  });
}

export async function measureScalePoints(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard:all-panels').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(2000); // entrance animations
  const charts = await page.evaluate(countDrawnPoints);
  await context.close();
  return {
    charts,
    maxPointsPerLine: Math.max(...charts.map((c) => c.maxPointsPerLine)),
    narrowestPlotPx: Math.min(...charts.map((c) => c.plotWidthPx)),
    withinPixels: charts.every((c) => c.maxPointsPerLine <= c.plotWidthPx),
  };
}
