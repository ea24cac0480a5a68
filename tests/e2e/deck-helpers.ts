// Shared by the browser tests of the show and of its presenter view: a deck pinned from three
// views with different filters, and what the show says on screen.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

const baseUrl = inject('baseUrl');

const waitForChart = (page: Page, panel: string) => page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] .recharts-surface`).first().waitFor();

async function pin(page: Page, search: string, panel: string) {
  await page.goto(`${baseUrl}/${search}`);
  await waitForChart(page, panel);
  await page.locator(`[data-panel="${panel}"] figure`).first().getByRole('button', { name: /^Add to deck/ }).click();
}

/** Three slides: NEV to 2024, macro indexed from 2021, NEV year-on-year in bars; the deck unfolded. */
export async function buildDeck(page: Page) {
  await pin(page, '?to=2024', 'nev');
  await pin(page, '?from=2021&mode=index', 'macro');
  await pin(page, '?mode=yoy&nev.chart=bar', 'nev');
  await page.getByText(/Presentation deck \(3 slides\)/).click();
}

export const slideTitle = (page: Page) => page.getByTestId('slide-title').textContent();
export const counter = (page: Page) => page.getByTestId('slide-counter').textContent();
