// Shared by the open-data browser tests: packages as setInputFiles takes them, what a reader
// reads on the dashboard, and every request a page (and its workers) makes.
import type { BrowserContext, Page } from 'playwright-core';
import { syntheticPackage, type SyntheticOptions } from '../../bench/synthetic-package';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const packageFiles = (options: SyntheticOptions): FilePayload[] =>
  [...syntheticPackage(options)].map(([name, text]) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(text) }));

export const openInput = (page: Page) => page.locator('[data-testid="open-data-input"]');

export const PANELS = ['macro', 'nev', 'electronics', 'materials'];

export const chartsDrawn = (page: Page) =>
  Promise.all(PANELS.map((panel) => page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 30_000 })));

/** The synthetic package's first chart, drawn: the dashboard shows it (not the data before it). */
export const syntheticDrawn = (page: Page) =>
  page.locator('[data-panel="macro"] figure').filter({ hasText: 'Synthetic macro series 1' }).locator('.recharts-line-curve').first().waitFor({ timeout: 30_000 });

/** What a reader reads of each panel: its title, KPI cards and chart descriptions. */
export const dashboardText = (page: Page) =>
  Promise.all(PANELS.map(async (panel) => (await page.locator(`[data-panel="${panel}"] :is(h2, article, figcaption)`).allTextContents()).join(' | ')));

export const datasetParam = (page: Page) => new URL(page.url()).searchParams.get('dataset');

export interface SeenRequest {
  url: string;
  headers: string;
  body: string;
}

/** Every request from the context's pages and workers, from now on. */
export function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), headers: JSON.stringify(request.headers()), body: request.postData() ?? '' }));
  return seen;
}

/** The requests in which any of `needles` appears (URL, headers or body). */
export const carrying = (requests: SeenRequest[], needles: string[]) =>
  requests.filter((request) => needles.some((needle) => `${request.url} ${request.headers} ${request.body}`.includes(needle)));

/** Drops files on the page as a reader's drag would, with a DataTransfer made in the page. */
export async function dropFiles(page: Page, files: { name: string; text: string }[], types: string[] = ['dragenter', 'dragover', 'drop']) {
  await page.evaluate(
    ({ files, types }) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name));
      for (const type of types) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { files, types },
  );
}
