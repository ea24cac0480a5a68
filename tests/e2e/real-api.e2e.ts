// The build made for a real backend (VITE_API_BASE_URL) against the running API server
// (npm run api): the same four panels as on the embedded default, no mock worker, and faults
// injected at the network that one panel reports with Retry while the others keep working.
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const appUrl = inject('realApiAppUrl');
const apiUrl = inject('apiUrl');


const PANELS = ['macro', 'nev', 'electronics', 'materials'];

describe('against the real API server', () => {
  it('draws the four panels from the server, without the mock worker', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(apiUrl)) apiCalls.push(new URL(request.url()).pathname);
    });
    await page.goto(appUrl);
    for (const panel of PANELS) {
      await page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 });
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(apiCalls).toEqual(expect.arrayContaining(['/api/v1/domains', '/api/v1/indicators', '/api/v1/series', '/api/v1/facts', '/api/v1/sources']));
    await expect.poll(() => page.locator('[data-panel="nev"] article').first().textContent()).toMatch(/1\.296M vehicles/);
    await page.screenshot({ path: artifactPath('real-api-1440.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks for the first panel’s data from the boot script, before the app has run, and only once; the rest once the first chart is drawn', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    // Who asked: the script on the request's stack (the boot script's chunks, or the app's).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const asked: { url: string; scripts: string[] }[] = [];
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      if (!request.url.startsWith(apiUrl)) return;
      const frames = initiator.stack?.callFrames ?? [];
      asked.push({ url: request.url.slice(apiUrl.length), scripts: frames.map((frame) => frame.url.split('/').pop() ?? '') });
    });
    // A French link showing two panels, NEV first: boot.ts must read it as the app does.
    await page.goto(`${appUrl}/?lang=fr&domains=materials,nev`);
    await page.locator('[data-panel="nev"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    const byBoot = asked.filter((request) => request.scripts.some((script) => script.startsWith('boot')) && !request.scripts.some((script) => script.startsWith('app')));
    expect(byBoot.map((request) => request.url).sort()).toEqual(['/api/v1/domains?lang=fr', '/api/v1/indicators?domain=nev&lang=fr', '/api/v1/series?domain=nev&lang=fr']);
    // The app takes those answers: nothing is asked twice.
    const urls = asked.map((request) => request.url);
    expect(urls.length).toBe(new Set(urls).size);
    expect(urls).toContain('/api/v1/series?domain=materials&lang=fr');
    // The rest waited for the first chart: sent during its first drawing, their answers took the
    // cores that drawing needed (main.tsx).
    const timing = await page.evaluate((api) => ({
      firstChart: performance.getEntriesByName('dashboard:first-chart')[0]?.startTime ?? NaN,
      requests: performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(api)).map((entry) => ({ url: entry.name.slice(api.length), startTime: entry.startTime })),
    }), apiUrl);
    const later = timing.requests.filter((request) => !byBoot.some((early) => early.url === request.url));
    expect(later.map((request) => request.url)).toContain('/api/v1/series?domain=materials&lang=fr');
    for (const request of later) expect(request.startTime, request.url).toBeGreaterThanOrEqual(timing.firstChart);
    // ... and went as soon as it was, not at the hold's time limit (3 s).
    expect(Math.min(...later.map((request) => request.startTime)) - timing.firstChart).toBeLessThan(1000);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws the first screen with the first chart at once, never its loading state', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    // Every state the first panel is ever in, from its first appearance on.
    await page.addInitScript(() => {
      const states: string[] = [];
      Object.assign(window, { firstPanelStates: states });
      new MutationObserver(() => {
        const panel = document.querySelector('[data-panel="macro"]');
        if (!panel) return;
        const state = `${panel.getAttribute('aria-busy')}:${panel.querySelector('[data-testid="trend-chart"]') ? 'chart' : 'no chart'}`;
        if (states.at(-1) !== state) states.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(appUrl);
    await page.locator('[data-panel="macro"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    const states = await page.evaluate(() => (window as unknown as { firstPanelStates: string[] }).firstPanelStates);
    expect(states[0]).toBe('false:chart');
    expect(states).not.toContain('true:no chart');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  for (const fault of ['HTTP 500', 'network failure', 'malformed JSON', 'schema violation'] as const) {
    it(`reports a ${fault} on one panel's series with Retry, and recovers`, async () => {
      const { page, context } = await openPage(browser());
      let isFaulty = true;
      const isElectronicsSeries = (url: URL) => url.href.startsWith(`${apiUrl}/api/v1/series`) && (url.searchParams.get('domain') === 'electronics' || (url.searchParams.get('indicators') ?? '').includes('laptop_production'));
      await page.route(isElectronicsSeries, async (route) => {
        if (!isFaulty) return route.continue();
        if (fault === 'network failure') return route.abort('connectionreset');
        const body = fault === 'HTTP 500' ? '{"error":{"code":"internal","message":"database unavailable"}}' : fault === 'malformed JSON' ? '{"series": [' : '{"series":[{"indicatorId":1}]}';
        return route.fulfill({ status: fault === 'HTTP 500' ? 500 : 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body });
      });
      await page.goto(appUrl);
      const electronics = page.locator('[data-panel="electronics"]');
      // react-query retries network errors and 5xx twice (1 s, 2 s) before showing the error.
      await electronics.getByRole('alert').waitFor({ timeout: 20_000 });
      await page.locator('[data-panel="nev"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
      isFaulty = false;
      await electronics.getByRole('button', { name: 'Retry' }).click();
      await electronics.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 10_000 });
      expect(await electronics.getByRole('alert').count()).toBe(0);
      await context.close();
    });
  }
});
