import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { scaleApi } from './scale-api';

// A small delay in development so loading states are seen; none in a production build, where
// the first chart's speed counts. The benchmark's scale build swaps in its dataset's API.
const handlers = createHandlers({ delayMs: import.meta.env.DEV ? 250 : 0, api: scaleApi });
export const worker = setupWorker(...handlers);

/**
 * The answer the worker would give, from the same handlers called in the page (MSW's
 * getResponse), with no worker in between: for the first screen's requests, which boot.ts sends
 * as soon as this chunk is loaded. Through the worker they waited for its start, whose last
 * messages came only after the app's code had been evaluated, and then for a turn of the
 * handlers (~150 ms, traced; issue #7). An unhandled URL goes to the network, as with the worker.
 */
export async function answerInPage(url: string): Promise<Response> {
  const request = new Request(new URL(url, window.location.href), { headers: { Accept: 'application/json' } });
  return (await getResponse(handlers, request)) ?? fetch(request);
}

/**
 * Starts the mock API on the page (src/mock-api.ts calls it once): its service worker, then
 * MSW. Where the page can have no service worker (plain http on a LAN address, some private
 * windows), MSW answers from the page itself.
 */
export async function startWorker(url: string): Promise<void> {
  if ('serviceWorker' in navigator) await workerActivated(url);
  await worker.start({ serviceWorker: { url }, onUnhandledRequest: 'bypass', quiet: true });
}

/**
 * Registers the worker (a no-op once registered: src/mock-api.ts registers it first) and, on a
 * first visit, waits until it is active. MSW must not start while its worker is still
 * installing: finding a worker registered but none controlling the page, it reloads the page.
 * An active worker has claimed the page as it activated (mockServiceWorker.js), except after a
 * hard reload, which MSW answers with its own reload, as designed.
 */
async function workerActivated(url: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(url);
  for (;;) {
    if (navigator.serviceWorker.controller) return;
    // A worker that became redundant was replaced by a newer one: wait for that one instead.
    const target = registration.installing ?? registration.waiting ?? registration.active;
    if (!target || target.state === 'activated' || target.state === 'redundant') return;
    await new Promise((resolve) => target.addEventListener('statechange', resolve, { once: true }));
  }
}
