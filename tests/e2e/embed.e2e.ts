// The embed as a journalist uses it: the code copied from Share, pasted into a static page on
// another origin (a second port), drawing the chart at the frame's size, sized by its own script;
// and the full dashboard refusing to be framed there.
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const realApiAppUrl = inject('realApiAppUrl');

const SHARE = { en: 'Share or embed…', fr: 'Partager ou intégrer…', zh: '分享或嵌入…' } as const;
const EMBED_CODE = { en: 'Embed code', fr: 'Code d’intégration', zh: '嵌入代码' } as const;
type Language = keyof typeof SHARE;

// The host: an article page whose column is `?width=` px wide, holding the snippet as copied.
let snippet = '';
let hostUrl = '';
let host: Server;
beforeAll(async () => {
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const width = Number(url.searchParams.get('width') ?? 640);
    const body =
      url.pathname === '/frames-the-app'
        ? `<iframe id="app" src="${baseUrl}/" title="The whole dashboard" width="800" height="600"></iframe>`
        : `<p>An article about Chongqing’s industry.</p>\n${snippet}\n<p id="after">The article goes on.</p>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><meta charset="utf-8"><title>Host</title><style>body{margin:16px;font-family:serif}.column{width:${width}px;border:1px dashed #999}</style></head><body><div class="column">${body}</div></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens the dashboard in `language`, and copies the first chart's embed code as a reader does, from Share. */
async function copySnippet(language: Language): Promise<string> {
  const { page, context } = await openPage(browser(), { width: 1440 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.goto(`${baseUrl}/?lang=${language}&from=2021`);
  const figure = page.locator('[data-panel="macro"] figure').first();
  await figure.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
  await figure.locator('button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitem', { name: SHARE[language] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.screenshot({ path: `/tmp/embed-share-${language}.png` });
  expect(await seriousViolations(page)).toEqual([]);
  const code = await dialog.getByRole('textbox', { name: EMBED_CODE[language] }).inputValue();
  await dialog.getByRole('button').nth(1).click(); // Copy embed code
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(code);
  await context.close();
  return copied;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

/** The host page at a column of `width` px, once the embed has drawn its chart; `still`: no entrance, for screenshots. */
async function openHost(width: number, still = false) {
  const tracked = await openPage(browser(), { width: Math.max(width + 80, 400), height: 900 });
  if (still) await tracked.page.emulateMedia({ reducedMotion: 'reduce' });
  await tracked.page.goto(`${hostUrl}/?width=${width}`);
  const frame = tracked.page.frameLocator('iframe');
  await frame.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
  return { ...tracked, frame };
}

/** The frame as tall as its content: no scrollbar inside, no gap below. */
async function expectFitted(page: Page) {
  const measure = () =>
    page.evaluate(() => {
      const iframe = document.querySelector('iframe');
      const inner = iframe?.contentDocument; // null: another origin; measured from inside below
      return { frameHeight: iframe?.getBoundingClientRect().height ?? 0, isCrossOrigin: inner === null };
    });
  const inside = () =>
    page.frames()[1]!.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      content: Math.ceil(document.getElementById('root')!.getBoundingClientRect().height),
    }));
  await expect.poll(async () => {
    const [{ frameHeight }, { content }] = await Promise.all([measure(), inside()]);
    return Math.abs(frameHeight - content);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const { isCrossOrigin } = await measure();
  expect(isCrossOrigin).toBe(true);
  const { scrollHeight, clientHeight } = await inside();
  expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
}

async function tooltipText(frame: FrameLocator) {
  return frame.locator('.recharts-tooltip-wrapper').textContent();
}

describe('the embed on another origin', () => {
  beforeAll(async () => {
    snippet = await copySnippet('en');
  });

  it('is pasted as Share copies it: a titled, lazy, full-width frame and its sizing script', () => {
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?embed=macro-gdp&amp;from=2021&amp;lang=en" title="GDP · Chongqing Industry Dashboard" width="100%" height="\d+" loading="lazy"/);
    expect(snippet).toContain('event.source !== frame.contentWindow');
  });

  for (const width of [300, 1100]) {
    it(`draws the chart alone at ${width} px, sized to its content, with tooltip, keyboard and Chart / Table`, async () => {
      const { page, frame, context, consoleErrors } = await openHost(width);
      await expect.poll(() => frame.locator('h1').textContent()).toBe('GDP');
      await expect.poll(() => frame.getByTestId('embed-sources').textContent()).toMatch(/^Sources: \[S\d+\]/);
      const full = frame.getByRole('link', { name: /Open in the Chongqing Industry Dashboard/ });
      expect(await full.getAttribute('target')).toBe('_blank');
      expect(await full.getAttribute('href')).toBe(`${baseUrl}/?from=2021&lang=en`);
      expect(await frame.locator('header, [data-panel], footer button').count()).toBe(0);
      const chartBox = await frame.getByTestId('trend-chart').boundingBox();
      expect(chartBox!.width).toBeLessThanOrEqual(width);
      expect(chartBox!.width).toBeGreaterThan(width - 40);
      await expectFitted(page);

      await frame.locator('circle[data-status]').nth(3).hover();
      await expect.poll(() => tooltipText(frame), { timeout: 10_000 }).toMatch(/^20\d\d.*GDP/);
      await page.mouse.move(0, 0);
      await frame.locator('svg.recharts-surface').first().focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tooltipText(frame), { timeout: 10_000 }).toMatch(/^20\d\d.*GDP/);
      await page.screenshot({ path: `/tmp/embed-host-en-${width}.png`, fullPage: true });

      await frame.getByRole('radio', { name: 'Table' }).check({ force: true });
      await frame.getByRole('table').waitFor();
      await expectFitted(page); // the table is taller: the frame follows
      await frame.getByRole('radio', { name: 'Chart' }).check({ force: true });
      await frame.getByTestId('trend-chart').waitFor();
      await expectFitted(page);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('is refused as a frame for the full dashboard', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(`${hostUrl}/frames-the-app`);
    await expect.poll(() => consoleErrors.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors 'none'/);
    const appFrame = page.frames().find((frame) => frame !== page.mainFrame());
    expect(await appFrame?.locator('#root > *').count().catch(() => 0)).toBe(0);
    await context.close();
  });

  it('serves the headers that allow the embed, and only the embed, to be framed', async () => {
    const dashboard = await fetch(`${baseUrl}/?embed=macro-gdp`);
    expect(dashboard.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(dashboard.headers.get('x-frame-options')).toBe('DENY');
    const embed = await fetch(`${baseUrl}/embed.html?embed=macro-gdp`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });

  it('finds nothing serious with axe on the embed, in the chart and the table', async () => {
    const { page, context } = await openPage(browser(), { width: 600 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const address = `${baseUrl}/embed.html?embed=macro-gdp&lang=en`;
    await page.goto(address);
    await page.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // A guest: the address and the reader's storage are as they were.
    expect(page.url()).toBe(address);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    await page.getByRole('radio', { name: 'Table' }).check({ force: true });
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('draws from the real API server in the build made for one', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 400 });
    await page.goto(`${realApiAppUrl}/embed.html?embed=nev-nev_production&lang=en`);
    await page.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('h1').textContent()).toMatch(/^NEV production/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says so, with the way to the full view, for a chart the data does not have', async () => {
    const { page, context } = await openPage(browser(), { width: 500 });
    await page.goto(`${baseUrl}/?embed=macro-nothing&lang=en`); // the dashboard's address sends it to the embed's page
    await page.waitForURL(/\/embed\.html\?embed=macro-nothing/);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/not in the dashboard’s data/);
    expect(await page.getByRole('link', { name: /Open in the Chongqing Industry Dashboard/ }).getAttribute('href')).toBe(`${baseUrl}/?lang=en`);
    await context.close();
  });

  for (const language of ['fr', 'zh'] as const) {
    it(`speaks ${language} when copied from the dashboard in ${language}`, async () => {
      snippet = await copySnippet(language);
      expect(snippet).toContain(`lang=${language}`);
      const { page, frame, context, consoleErrors } = await openHost(560, true);
      await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe(language === 'zh' ? 'zh-Hans' : language);
      await expectFitted(page);
      await page.screenshot({ path: `/tmp/embed-host-${language}-560.png`, fullPage: true });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
