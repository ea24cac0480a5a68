// The production build answers the API in the page: it registers no service worker, and removes
// the mock API's worker that an earlier version registered, so a returning visitor is not served
// by it.
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const PANELS = ['macro', 'nev', 'electronics', 'materials'];
const registrations = () => navigator.serviceWorker.getRegistrations().then((list) => list.map((registration) => registration.active?.scriptURL ?? registration.installing?.scriptURL ?? '?'));

describe('service workers in the production build', () => {
  it('draws the four panels with no service worker and no API request on the network', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    const apiRequests: string[] = [];
    page.on('request', (request) => (request.url().includes('/api/') ? apiRequests.push(request.url()) : undefined));
    await page.goto(baseUrl);
    for (const panel of PANELS) await page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle'); // the facts and sources too
    expect(await page.evaluate(registrations)).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(apiRequests).toEqual([]);
    expect(existsSync('dist/mockServiceWorker.js')).toBe(false); // the dev server's alone (public/)
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('unregisters the mock worker an earlier version left, and still loads the data', async () => {
    const { page, context } = await openPage(browser());
    // The build ships no worker script: an earlier version's is served for this visit.
    await context.route('**/mockServiceWorker.js', (route) => route.fulfill({ path: 'public/mockServiceWorker.js', contentType: 'text/javascript' }));
    await page.goto(baseUrl);
    // Another app on the same origin has a worker of its own: it is not ours to remove.
    await context.route('**/other-app/sw.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/mockServiceWorker.js');
      await navigator.serviceWorker.ready;
      const other = await navigator.serviceWorker.register('/other-app/sw.js', { scope: '/other-app/' });
      const worker = other.installing ?? other.waiting ?? other.active;
      if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(undefined)));
    });
    const otherApp = expect.stringMatching(/other-app\/sw\.js$/);
    expect((await page.evaluate(registrations)).sort()).toEqual([expect.stringMatching(/mockServiceWorker\.js$/), otherApp]);
    await page.reload();
    await expect.poll(() => page.evaluate(registrations)).toEqual([otherApp]);
    for (const panel of PANELS) await page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 });
    await page.reload();
    await page.locator('[data-panel="macro"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  });
});
