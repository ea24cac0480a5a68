// The embedded mock API (MSW): started once, by whichever asks first. boot.ts asks as the page
// starts, so that its worker is registered and MSW's code loaded while the app's code loads;
// main.tsx's API client waits on the same start before its first request (issue #7). Its code,
// the worker's start included (mocks/browser.ts), is a chunk of its own, never in the entry.
const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

let starting: Promise<void> | undefined;

export function startMockApi(): Promise<void> {
  if (!starting) {
    // Registered at once, for the browser to fetch and install while MSW's code loads.
    navigator.serviceWorker?.register(WORKER_URL).catch(() => undefined);
    starting = import('../mocks/browser').then(({ startWorker }) => startWorker(WORKER_URL));
  }
  return starting;
}

/**
 * Answers from the mock API's handlers, called in the page: no worker in between, so no wait
 * for its start (mocks/browser.ts). The same chunk as the start's: loaded once.
 */
export const loadInPageAnswers = () => import('../mocks/browser').then(({ answerInPage }) => answerInPage);
