// The presenter view in a real browser: a second window the show opens, with the current and
// next slide, the note and a clock, in step with the show both ways. It is a page of its own:
// no dashboard behind it, no data but its slides', and the reader's last view left alone.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';
import { buildDeck, counter } from './deck-helpers';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const realApiAppUrl = inject('realApiAppUrl');
const apiUrl = inject('apiUrl');
const LAST_VIEW_KEY = 'cq-dashboard:last-view:v1';

/** Opens the presenter window with S, keeping the panels its page asks the API for. */
async function openPresenter(context: BrowserContext, show: Page) {
  const seriesDomains: string[] = [];
  context.on('request', (request) => {
    // A page's own navigations have no frame to ask; the API's answers are fetches of a page.
    if (request.isNavigationRequest() || !request.url().startsWith(apiUrl)) return;
    const url = new URL(request.url());
    if (request.frame().page() !== show && url.pathname.endsWith('/series')) seriesDomains.push(url.searchParams.get('domain') ?? url.searchParams.get('indicators') ?? '');
  });
  const [presenter] = await Promise.all([context.waitForEvent('page'), show.keyboard.press('s')]);
  return { presenter, seriesDomains };
}

/** The presenter's page has no dashboard: no panel, no heading but its own. */
async function expectPresenterAlone(presenter: Page) {
  expect(await presenter.locator('[data-panel]').count()).toBe(0);
  expect(await presenter.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await presenter.getByTestId('presenter-view').getByRole('heading', { level: 1 }).count()).toBe(1);
}

describe('the presenter view', () => {
  it('keeps the note off the audience’s screen, and a presenter view in a second window in step both ways', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 1440, height: 900 });
    await buildDeck(page);
    await page.getByTestId('deck-panel').getByRole('textbox', { name: 'Speaker note' }).first().fill('Stress the 2024 jump.');
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    const show = page.getByTestId('slide-show');
    await show.waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe('2 / 4');
    // The note is the presenter's: not on the audience's screen until asked for, and gone again.
    await show.locator('.recharts-surface').first().waitFor();
    expect(await show.getByText('Stress the 2024 jump.').count()).toBe(0);
    await page.keyboard.press('n');
    await expect.poll(() => show.getByTestId('show-note').textContent()).toBe('Stress the 2024 jump.');
    await page.keyboard.press('n');
    await expect.poll(() => show.getByTestId('show-note').count()).toBe(0);

    // Anything written to the reader's last view from here on would be the presenter window's.
    await page.evaluate((key) => window.localStorage.setItem(key, 'from=2022'), LAST_VIEW_KEY);
    const { presenter } = await openPresenter(context, page);
    expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
    const view = presenter.getByTestId('presenter-view');
    await view.waitFor();
    await expectPresenterAlone(presenter);
    await expect.poll(() => presenter.getByTestId('presenter-counter').textContent()).toBe('Slide 2 of 4');
    await expect.poll(() => view.getByTestId('presenter-current').getByTestId('slide-title').textContent()).toMatch(/NEV production/);
    await expect.poll(() => view.getByTestId('presenter-next').getByTestId('slide-title').textContent()).toMatch(/GDP/);
    expect(await view.getByTestId('presenter-note').textContent()).toContain('Stress the 2024 jump.');
    expect(await presenter.getByTestId('presenter-timer').textContent()).toMatch(/^\d+:\d\d$/);
    await view.getByTestId('presenter-current').locator('.recharts-surface').first().waitFor();
    await presenter.screenshot({ path: '/tmp/fixc-presenter-en.png' });
    expect(await page.evaluate((key) => window.localStorage.getItem(key), LAST_VIEW_KEY)).toBe('from=2022');
    expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');

    // Next in the presenter window moves the show; a key in the show moves the presenter view.
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => counter(page)).toBe('3 / 4');
    await expect.poll(() => presenter.getByTestId('presenter-counter').textContent()).toBe('Slide 3 of 4');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.getByTestId('presenter-counter').textContent()).toBe('Slide 4 of 4');
    expect(await view.getByTestId('presenter-next').textContent()).toContain('End of the show');
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toBe('3 / 4');
    // The clock pauses and resets.
    await presenter.getByRole('button', { name: 'Pause timer' }).click();
    await presenter.getByRole('button', { name: 'Reset timer' }).click();
    expect(await presenter.getByTestId('presenter-timer').textContent()).toBe('0:00');
    await presenter.getByRole('button', { name: 'Resume timer' }).waitFor();

    // Closing the show tells the presenter window.
    await page.keyboard.press('Escape');
    await expect.poll(() => show.count()).toBe(0);
    await expect.poll(() => view.getByRole('status').textContent()).toMatch(/The slide show has closed/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says so when the browser blocks the presenter window', async () => {
    const { page, context } = await openPage(browser(), { width: 1280, height: 800 });
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`${baseUrl}/?present=2`);
    await page.getByTestId('slide-show').waitFor();
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The browser blocked the presenter window/);
    await context.close();
  });

  it('draws the show’s own slides of the current view, asking only for the data of those it draws', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 1440, height: 900 });
    // The build on the real API server, so each panel's data is a request to see.
    await page.goto(`${realApiAppUrl}/?present=2`);
    const show = page.getByTestId('slide-show');
    await show.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    const count = Number((await counter(page))?.split(' / ')[1]);
    expect(count).toBeGreaterThan(4); // a slide per chart of the four panels, and the title
    const { presenter, seriesDomains } = await openPresenter(context, page);
    const view = presenter.getByTestId('presenter-view');
    await expect.poll(() => presenter.getByTestId('presenter-counter').textContent()).toBe(`Slide 2 of ${count}`);
    await expect.poll(() => view.getByTestId('presenter-current').getByTestId('slide-title').textContent()).toBe(await show.getByTestId('slide-title').textContent());
    await view.getByTestId('presenter-next').locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    await expectPresenterAlone(presenter);
    await page.keyboard.press('End');
    await expect.poll(() => presenter.getByTestId('presenter-counter').textContent()).toBe(`Slide ${count} of ${count}`);
    await show.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    const titles = async () => [await show.getByTestId('slide-title').textContent(), await view.getByTestId('presenter-current').getByTestId('slide-title').textContent()];
    await expect.poll(async () => new Set(await titles()).size).toBe(1);
    await view.getByTestId('presenter-current').locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
    // The second and the last slide's panels, never every panel the dashboard has.
    expect(seriesDomains.length).toBeGreaterThan(0);
    expect(new Set(seriesDomains).size).toBeLessThan(4);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  for (const [language, note] of [
    ['en', 'Stress the 2024 jump.'],
    ['fr', 'Insister sur le bond de 2024.'],
    ['zh', '强调2024年的跃升。'],
  ] as const) {
    it(`draws the presenter view and a dark show's tooltip in ${language}`, async () => {
      const { page, context, consoleErrors } = await openPage(browser(), { width: 1440, height: 900 });
      const deck = [
        { id: 'a1', domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line', note },
        { id: 'a2', domain: 'macro', indicators: ['gdp'], from: 2020, to: 2025, mode: 'yoy', chart: 'line' },
      ];
      await page.addInitScript((stored) => {
        window.localStorage.setItem('cq-dashboard:deck:v1', stored);
        window.localStorage.setItem('cq-dashboard:display:v1', JSON.stringify({ theme: 'dark', kiosk: 'auto-hide', intervalSeconds: 10 }));
      }, JSON.stringify(deck));
      await page.goto(`${baseUrl}/?lang=${language}&present=3`);
      const show = page.getByTestId('slide-show');
      await show.locator('.recharts-surface').first().waitFor();
      // The year-on-year slide leads with the year-on-year value, said to be computed by us.
      expect(await page.getByTestId('slide-key-number').textContent()).toMatch(language === 'en' ? /^GDP, year-on-year change: (more than )?[+-][\d.]+% in 2025 \(computed by us\)$/ : /%/);
      const box = (await show.locator('.recharts-surface').first().boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      const tooltip = show.getByTestId('chart-tooltip');
      await tooltip.waitFor();
      expect(await tooltip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 41, 59)');
      await page.screenshot({ path: `/tmp/fixc-tooltip-dark-${language}.png` });
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => counter(page)).toBe('2 / 3');
      const { presenter } = await openPresenter(context, page);
      const view = presenter.getByTestId('presenter-view');
      await view.waitFor();
      await expectPresenterAlone(presenter);
      await expect.poll(() => view.getByTestId('presenter-note').textContent()).toContain(note);
      await view.getByTestId('presenter-next').locator('.recharts-surface').first().waitFor();
      await view.getByTestId('presenter-current').locator('.recharts-surface').first().waitFor();
      expect(await view.getAttribute('data-theme')).toBe('dark');
      await presenter.screenshot({ path: `/tmp/fixc-presenter-${language}.png` });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
