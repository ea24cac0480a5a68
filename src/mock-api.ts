// The embedded mock API (MSW): started once, by whichever asks first. boot.ts asks as the page
// starts, so that the worker is active and MSW's handshake with it is done while the app's code
// loads; main.tsx's API client waits on the same start before its first request (issue #7: the
// handshake had been ~60-200 ms between the app's start and its first request).
const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

let starting: Promise<void> | undefined;

export function startMockApi(): Promise<void> {
  starting ??= start();
  return starting;
}

async function start(): Promise<void> {
  const [{ worker }] = await Promise.all([import('../mocks/browser'), workerActivated()]);
  await worker.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: 'bypass', quiet: true });
}

/**
 * Registers the worker (a no-op once registered) and, on a first visit, waits until it is
 * active. MSW must not start while its worker is still installing: finding a worker registered
 * but none controlling the page, it reloads the page. An active worker has claimed the page as
 * it activated (mockServiceWorker.js), but after a hard reload, which MSW answers with its own
 * reload, as designed.
 */
async function workerActivated(): Promise<void> {
  const registration = await navigator.serviceWorker.register(WORKER_URL);
  if (navigator.serviceWorker.controller) return;
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return;
  await new Promise<void>((resolve) => {
    const settle = () => {
      if (worker.state !== 'activated' && worker.state !== 'redundant') return false;
      worker.removeEventListener('statechange', settle);
      resolve();
      return true;
    };
    if (!settle()) worker.addEventListener('statechange', settle);
  });
}
