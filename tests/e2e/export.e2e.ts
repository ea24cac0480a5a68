// Chart and panel exports in a real browser: files are captured as downloads and checked as a
// reader would check them, then kept in test-results/ to look at.
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';
import { loadPng, readPngHeader } from './png';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');


async function openDashboard(width: number, search = '') {
  const tracked = await openPage(browser(), { width, height: 1000 });
  await tracked.page.goto(`${baseUrl}/${search}`);
  await tracked.page.locator('[data-panel="nev"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
  return tracked;
}

/** Opens a chart's Export menu, picks an item, and saves the download under test-results/. */
async function exportFrom(page: Page, panel: string, item: string, saveAs: string) {
  const figure = page.locator(`[data-panel="${panel}"] figure`).first();
  await figure.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = artifactPath(saveAs);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

describe('chart image exports', () => {
  for (const width of [390, 1440]) {
    it(`gives the same fixed-layout PNG sizes at a ${width} px window`, async () => {
      const { page, context, consoleErrors } = await openDashboard(width);
      const cases = [
        { item: 'PNG image (1x)', w: 1200, h: 800 },
        { item: 'PNG image (2x)', w: 2400, h: 1600 },
        { item: 'PNG image (3x)', w: 3600, h: 2400 },
        { item: 'PNG for a 16:9 slide (1920 × 1080)', w: 1920, h: 1080 },
      ];
      for (const { item, w, h } of cases) {
        const { path } = await exportFrom(page, 'nev', item, `nev-${width}-${w}x${h}.png`);
        const header = readPngHeader(path);
        expect(header).toEqual({ hasSignature: true, chunk: 'IHDR', width: w, height: h });
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('names the file after the chart and the years', async () => {
    const { page, context } = await openDashboard(1440, '?to=2024&nev.ind=nev_production');
    const { suggested } = await exportFrom(page, 'nev', 'PNG image (2x)', 'nev-production-2020-2024.png');
    expect(suggested).toBe('nev-production-2020-2024.png');
    await context.close();
  });

  it('draws a solid light background with ink in the title, plot and footer, and nothing at the edges', async () => {
    const { page, context } = await openDashboard(1440);
    const { path } = await exportFrom(page, 'nev', 'PNG image (2x)', 'nev-production-pixels.png');
    const png = loadPng(path);
    const [r, g, b, a] = png.pixel(2, 2);
    expect(a).toBe(255);
    expect(r + g + b).toBeGreaterThan(720); // light, not black
    const { width, height } = png;
    expect(png.inkShare({ x: 80, y: 80, width: width / 2, height: 60 })).toBeGreaterThan(0.02); // title band
    expect(png.inkShare({ x: 200, y: height * 0.3, width: width - 400, height: height * 0.4 })).toBeGreaterThan(0.005); // plot
    expect(png.inkShare({ x: 80, y: height - 110, width: width - 160, height: 80 })).toBeGreaterThan(0.005); // footer
    for (const edge of [
      { x: 0, y: 0, width, height: 8 },
      { x: 0, y: height - 8, width, height: 8 },
      { x: 0, y: 0, width: 8, height },
      { x: width - 8, y: 0, width: 8, height },
    ]) {
      expect(png.inkShare(edge)).toBe(0);
    }
    await context.close();
  });

  it('draws on a dark background only when the reader picks it', async () => {
    const { page, context } = await openDashboard(1440);
    const { path, suggested } = await exportFrom(page, 'nev', 'PNG image (2x, dark background)', 'nev-production-dark.png');
    expect(suggested).toMatch(/-dark\.png$/);
    const png = loadPng(path);
    const [r, g, b, a] = png.pixel(2, 2);
    expect(a).toBe(255);
    expect(r + g + b).toBeLessThan(150);
    expect(png.inkShare({ x: 80, y: 80, width: png.width / 2, height: 60 })).toBeGreaterThan(0.02);
    await context.close();
  });

  it('exports an SVG with the title, filters, legend and sources as text', async () => {
    const { page, context } = await openDashboard(1440, '?mode=index');
    const { path } = await exportFrom(page, 'nev', 'SVG image', 'nev-production.svg');
    const svg = readFileSync(path, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
    }, svg);
    expect(parsed.error).toBeNull();
    const all = parsed.texts.join(' ');
    expect(all).toContain('NEV production · Automobile production');
    expect(all).toMatch(/2020–2025 · Index, 2023 = 100/);
    expect(parsed.texts).toEqual(expect.arrayContaining(['NEV production', 'Automobile production']));
    expect(all).toMatch(/Sources: .*Xinhua/);
    expect(all).toMatch(/Exported .* · Chongqing Industry Dashboard/);
    expect(svg).not.toContain('<foreignObject');
    await context.close();
  });

  it('exports a bar chart with every bar, even one the page shows as a table (its code not yet loaded)', async () => {
    const { page, context } = await openPage(browser(), { width: 1440, height: 1000 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/?nev.chart=bar&nev.view=table`);
    await page.locator('[data-panel="nev"] table').first().waitFor();
    expect(requested.some((path) => path.includes('bar-series'))).toBe(false);
    const { path } = await exportFrom(page, 'nev', 'SVG image', 'nev-production-bars.svg');
    const svg = readFileSync(path, 'utf8');
    const bars = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('.recharts-bar-rectangle path').length, svg);
    const values = await page.locator('[data-panel="nev"] table tbody td[data-indicator]').count();
    expect(bars).toBeGreaterThan(0);
    expect(bars).toBe(values); // one bar per published figure in the table
    await context.close();
  });

  it('exports CSV rows equal to the data table', async () => {
    const { page, context } = await openDashboard(1440, '?from=2021&mode=yoy');
    const { path } = await exportFrom(page, 'nev', 'CSV data (what the chart shows)', 'nev-yoy.csv');
    const csv = readFileSync(path, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    const parse = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 10);
    const [header, ...rows] = csv.map(parse);
    expect(header?.slice(0, 5)).toEqual(['Year', 'Series', 'Region', 'Indicator id', 'Value as shown']);
    await page.locator('[data-panel="nev"]').getByRole('radio', { name: 'Table' }).check({ force: true });
    // The table's code may still be loading (a chunk of its own): read it once it is drawn.
    await page.locator('[data-panel="nev"] table tbody th').first().waitFor();
    const cells = await page.locator('[data-panel="nev"] table td').evaluateAll((tds) =>
      tds.map((td) => (td.querySelector('.font-medium')?.textContent ?? 'no figure').trim()),
    );
    const years = await page.locator('[data-panel="nev"] table tbody th').allTextContents();
    const seriesCount = cells.length / years.length;
    const fromTable = years.flatMap((year, y) => cells.slice(y * seriesCount, (y + 1) * seriesCount).map((value) => [year, value]));
    expect(rows.map((row) => [row[0], row[4]])).toEqual(fromTable);
    await context.close();
  });
});

describe('menu and clipboard', () => {
  it('works from the keyboard', async () => {
    const { page, context } = await openDashboard(1440);
    const button = page.locator('[data-panel="macro"] figure').first().getByRole('button', { name: /^Export/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menuitem').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('ArrowDown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^gdp-2020-2025-1x\.png$/);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('copies the chart image to the clipboard', async () => {
    const { page, context } = await openDashboard(1440);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const figure = page.locator('[data-panel="nev"] figure').first();
    await figure.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menuitem', { name: 'Copy image to clipboard' }).click();
    await figure.getByRole('status').filter({ hasText: 'Image copied to the clipboard' }).waitFor({ timeout: 10_000 });
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
    await context.close();
  });
});

describe('the data behind a chart (.zip)', () => {
  it('gives a French reader a semicolon CSV, the metadata with the sources’ addresses, and a README', async () => {
    const { page, context, consoleErrors } = await openDashboard(1440, '?lang=fr&mode=yoy');
    const { path, suggested } = await exportFrom(page, 'nev', 'Les données de ce graphique (.zip)', 'nev-fr-bundle.zip');
    expect(suggested).toMatch(/^[a-z0-9-]+-2020-2025-yoy\.zip$/);
    const base = suggested.replace(/\.zip$/, '');
    const entries = unzipSync(readFileSync(path));
    expect(Object.keys(entries).sort()).toEqual(['README.md', `${base}.csv`, `${base}.metadata.json`]);
    const csvBytes = entries[`${base}.csv`]!;
    writeFileSync(artifactPath('nev-fr-bundle.csv'), csvBytes); // to open in a spreadsheet
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = strFromU8(csvBytes).trim().split('\r\n');
    expect(header?.split(';').slice(0, 5)).toEqual(['Année', 'Série', 'Région', "Identifiant de l'indicateur", 'Valeur affichée']);
    const computed = rows.map((row) => row.split(';')).filter((cells) => cells.includes('calculé par nos soins'));
    expect(computed.length).toBeGreaterThan(0);
    for (const cells of computed) expect(cells[5]).toMatch(/^-?\d+(,\d+)?$/); // a number to a French spreadsheet
    expect(rows.some((row) => /https?:\/\//.test(row))).toBe(true);
    const metadata = JSON.parse(strFromU8(entries[`${base}.metadata.json`]!)) as {
      chart: { title: string; originalChartUrl: string };
      filters: { valueMode: string };
      sources: { url: string | null; grade: string }[];
      csv: { delimiter: string; decimalChar: string };
    };
    expect(metadata.chart.originalChartUrl).toContain('lang=fr');
    expect(metadata.filters.valueMode).toBe('yoy');
    expect(metadata.csv).toMatchObject({ delimiter: ';', decimalChar: ',' });
    expect(metadata.sources.length).toBeGreaterThan(0);
    expect(metadata.sources.some((source) => source.url?.startsWith('http'))).toBe(true);
    const readme = strFromU8(entries['README.md']!);
    expect(readme).toContain(`# ${metadata.chart.title}`);
    expect(readme).toContain('## Comment les valeurs ont été calculées');
    expect(readme).toContain(metadata.chart.originalChartUrl);
    writeFileSync(artifactPath('nev-fr-bundle-README.md'), readme);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('panel and dashboard snapshots', () => {
  it('exports each panel and the whole dashboard as PNG', async () => {
    const { page, context, consoleErrors } = await openDashboard(1440, '?from=2021&to=2024');
    for (const panel of ['macro', 'nev', 'electronics', 'materials']) {
      const header = page.locator(`[data-panel="${panel}"] > header`);
      await header.getByRole('button', { name: /^Export/ }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image (2x)' }).click()]);
      const path = artifactPath(`panel-${panel}.png`);
      await download.saveAs(path);
      const png = loadPng(path);
      expect(png.width).toBeGreaterThan(1000);
      expect(png.inkShare({ x: 0, y: 0, width: png.width, height: Math.min(png.height, 400) })).toBeGreaterThan(0.01);
    }
    await page.locator('body > div header').first().getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image (2x)' }).click()]);
    const path = artifactPath('dashboard.png');
    await download.saveAs(path);
    expect(readPngHeader(path).hasSignature).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
