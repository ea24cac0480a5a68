// The build made for a real backend (VITE_API_BASE_URL) against the running API server
// (npm run api): the same four panels as on the embedded default, and faults
// injected at the network that one panel reports with Retry while the others keep working.
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const appUrl = inject('realApiAppUrl');
const apiUrl = inject('apiUrl');


const PANELS = ['macro', 'nev', 'electronics', 'materials'];

describe('against the real API server', () => {
  it('is served with the policy it was built with, though the preview is told of no API', async () => {
    // global-setup previews this build with no VITE_ setting at all: the policy comes from the build.
    const response = await fetch(appUrl);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain(`connect-src 'self' ${apiUrl}`);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await response.text())?.[1]?.replaceAll('&#39;', "'");
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    expect(await (await fetch(`${appUrl}/_headers`)).text()).toContain(header);
  });

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

  it('asks for each thing once, what the first chart never needs at low priority', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const asked: { url: string; priority: string }[] = [];
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      if (request.url.startsWith(apiUrl)) asked.push({ url: request.url.slice(apiUrl.length), priority: request.initialPriority });
    });
    // A French link showing two panels, NEV first.
    await page.goto(`${appUrl}/?lang=fr&domains=materials,nev`);
    await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const urls = asked.map((request) => request.url);
    expect(urls.length).toBe(new Set(urls).size);
    const priorityOf = (url: string) => asked.find((request) => request.url === url)?.priority;
    expect(priorityOf('/api/v1/series?domain=nev&lang=fr')).not.toBe('Low');
    expect(priorityOf('/api/v1/domains?lang=fr')).not.toBe('Low');
    expect(priorityOf('/api/v1/series?domain=materials&lang=fr')).toBe('Low');
    expect(priorityOf('/api/v1/facts?domain=nev&lang=fr')).toBe('Low');
    expect(priorityOf('/api/v1/sources?lang=fr')).toBe('Low');
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
