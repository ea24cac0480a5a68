// Export speed: time from the click on a menu item to the finished file, for a
// 2x chart PNG and for the whole-dashboard PNG, in a page of the production build. Used by
// npm run bench and npm run bench:export.

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

export async function measureExports(browser, url, { runs = 9 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
  const chartButton = page.locator('[data-panel="nev"] figure').first().getByRole('button', { name: /^Export/ });
  const dashboardButton = page.locator('body > div header').first().getByRole('button', { name: /^Export/ });

  const chartFirst = await timeExport(page, chartButton, 'PNG image (2x)'); // includes loading the export code
  const chartTimes = [];
  for (let i = 0; i < runs; i++) chartTimes.push(await timeExport(page, chartButton, 'PNG image (2x)'));
  const dashboardTimes = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) dashboardTimes.push(await timeExport(page, dashboardButton, 'PNG image (2x)'));
  await context.close();
  return { chartPng2x: { ...stats(chartTimes), firstClickMs: Math.round(chartFirst) }, dashboardPng2x: stats(dashboardTimes) };
}

export const exportRows = (result) => [
  `| chart PNG 2x (click to file) | ${result.chartPng2x.median} ms | ${result.chartPng2x.min} ms | ${result.chartPng2x.max} ms | ${result.chartPng2x.runs} |`,
  `| chart PNG 2x, first click (loads the export code) | ${result.chartPng2x.firstClickMs} ms | | | 1 |`,
  `| whole dashboard PNG 2x | ${result.dashboardPng2x.median} ms | ${result.dashboardPng2x.min} ms | ${result.dashboardPng2x.max} ms | ${result.dashboardPng2x.runs} |`,
];
