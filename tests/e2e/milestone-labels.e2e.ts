// Milestone labels in a real browser, measured as drawn: on the macro panel with all its charts,
// at a phone's, a tablet's and a desktop's width, in English, French and Chinese, no two label
// boxes overlap, no milestone line runs through a label, and each stays inside the plot's left
// and right edges and above its top edge. A milestone is drawn only on its own indicator's chart.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

// One chart per unit, in this order: money (GDP, industrial value added and revenue), percent
// (real growth rates), GDP per capita (yuan), population.
const MACRO_INDICATORS = ['gdp', 'industrial_va', 'industrial_revenue', 'gdp_real_growth', 'industrial_va_growth', 'gdp_per_capita', 'population'];
/** Milestones per chart: GDP's and industrial output's; none; GDP per capita's two; none. */
const MILESTONES_PER_CHART = [2, 0, 2, 0];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

interface ChartBoxes {
  plot: Box;
  labels: Box[];
  /** Each milestone line's x and where it stops at the top. */
  lines: { x: number; top: number }[];
}

/** Each chart's plot, milestone labels and milestone line positions, in page pixels. */
async function measureCharts(page: Page): Promise<ChartBoxes[]> {
  return page.locator('[data-panel="macro"] [data-testid="trend-chart"]').evaluateAll((charts) =>
    charts.map((chart) => {
      const box = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, text: element.textContent ?? '' };
      };
      const plot = chart.querySelector('[data-milestone-plot]');
      return {
        plot: plot ? box(plot) : { left: 0, right: 0, top: 0, bottom: 0, text: '' },
        labels: [...chart.querySelectorAll('[data-milestone]')].map(box),
        lines: [...chart.querySelectorAll('[data-milestones] line')].map((line) => ({ x: line.getBoundingClientRect().left, top: line.getBoundingClientRect().top })),
      };
    }),
  );
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openMacro(page: Page, language: string) {
  await page.goto(`${baseUrl}/?lang=${language}&domains=macro&macro.ind=${MACRO_INDICATORS.join(',')}`);
  const charts = page.locator('[data-panel="macro"] [data-testid="trend-chart"]');
  await expect.poll(() => charts.count(), { timeout: 20_000 }).toBe(MILESTONES_PER_CHART.length);
  await expect.poll(() => page.locator('[data-panel="macro"] [data-milestone]').count(), { timeout: 20_000 }).toBe(4);
  // Fonts settle before anything is measured.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('milestone labels', () => {
  for (const width of [390, 1024, 1440]) {
    for (const language of ['en', 'fr', 'zh']) {
      it(`never overlap each other, a milestone line or the plot's edge at ${width} px in ${language}`, async () => {
        const { page, context, consoleErrors } = await openPage(browser(), { width, height: 900 });
        await openMacro(page, language);
        // Measured again once a resize has settled: the labels follow the chart's width.
        await expect.poll(async () => JSON.stringify(await measureCharts(page)), { timeout: 10_000 }).toBe(JSON.stringify(await measureCharts(page)));
        const charts = await measureCharts(page);
        expect(charts.map((chart) => chart.labels.length)).toEqual(MILESTONES_PER_CHART);
        for (const { plot, labels, lines } of charts) {
          for (const [index, label] of labels.entries()) {
            expect(label.left, label.text).toBeGreaterThanOrEqual(plot.left - 0.5);
            expect(label.right, label.text).toBeLessThanOrEqual(plot.right + 0.5);
            expect(label.bottom, label.text).toBeLessThanOrEqual(plot.top + 0.5);
            for (const other of labels.slice(index + 1)) expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
            // No line runs through it: a line under it stops below it.
            for (const line of lines) if (line.x > label.left + 0.5 && line.x < label.right - 0.5) expect(line.top, label.text).toBeGreaterThanOrEqual(label.bottom - 0.5);
          }
        }
        if (width !== 1024) {
          const chartsShown = page.locator('[data-panel="macro"] [data-testid="trend-chart"]');
          for (const index of [0, 2]) await chartsShown.nth(index).screenshot({ path: `/tmp/truth-milestones-${language}-${width}-${index}.png` });
        }
        expect(consoleErrors).toEqual([]);
        await context.close();
      });
    }
  }

  it('lists beneath the chart a milestone drawn as a number, with its year', async () => {
    const { page, context } = await openPage(browser(), { width: 390, height: 900 });
    await openMacro(page, 'en');
    const numbers = page.locator('[data-panel="macro"] [data-milestone-number]');
    const list = page.locator('[data-panel="macro"] [data-testid="milestone-list"] li');
    // However many had no room at this width, each number is named in a list under its chart.
    expect(await list.count()).toBe(await numbers.count());
    for (const item of await list.allTextContents()) expect(item).toMatch(/^\d+ · 20\d\d · .+/);
    await context.close();
  });
});
