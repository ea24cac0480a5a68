// Composition root. With VITE_API_BASE_URL the client asks that server over HTTP. Without it,
// the production build answers in the page from the bundled dataset (mocks/in-page.ts, a lazy
// chunk), and the dev server from MSW's service worker (mocks/browser.ts), with its latency.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BUNDLED_DATASET, configureApiClient, httpTransport, inPageTransport } from './api/client';
import { prefetchFirstScreen } from './api/prefetch';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './app/styles.css';
import { readEnv } from './config/env';
import { startWithDataset } from './features/datasets/dataset-actions';
import { PresenterRoot } from './features/presentation/presenter-root';
import { initI18n } from './lib/i18n';
import { formatNumber } from './model/format';
import { filterActions, useFilterStore } from './state/filters';
import { changeLanguage } from './state/language';
import { embedPageFor, startParams } from './state/url';
import { startUrlSync } from './state/url-sync';

// A dashboard link asking for one chart alone opens the embed's own page, leaving the address
// and the reader's last view as they were.
const embedPage = embedPageFor(window.location);
if (embedPage) window.location.replace(embedPage);
const env = readEnv();
const { language, rejected, dataset: linkedDataset, presenter: isPresenter } = startParams();
// The presenter's window shows the presenter view alone: it leaves the reader's last view and
// its own address's filters as they are, and draws the slides the show sends.
if (!embedPage && !isPresenter) startUrlSync();
const { domains } = useFilterStore.getState();

// Tested on the raw build-time constants, so each build keeps only its own branch.
const usesDevWorker = import.meta.env.DEV && !import.meta.env.VITE_API_BASE_URL;
const answerInPage = () => inPageTransport(() => import('../mocks/in-page').then((inPage) => inPage.answerInPage));
// Where the dev server's page can have no service worker (a private window, plain http on a LAN
// address), the API is answered in the page, as in the production build.
const devWorker = usesDevWorker
  ? import('../mocks/browser').then(({ startMockWorker }) => startMockWorker()).catch(() => configureApiClient({ transport: answerInPage() }))
  : undefined;
configureApiClient({ transport: import.meta.env.VITE_API_BASE_URL || import.meta.env.DEV ? httpTransport(env.apiBaseUrl ?? '') : answerInPage() });
if (!import.meta.env.DEV) unregisterServiceWorkers();
const queryClient = createQueryClient();

/**
 * No mock worker outside the dev server: one an earlier version left would keep serving
 * returning visitors. Other apps' workers on the same origin are left alone.
 */
function unregisterServiceWorkers() {
  const isMockWorker = (registration: ServiceWorkerRegistration) =>
    [registration.active, registration.waiting, registration.installing].some((worker) => worker?.scriptURL.endsWith('/mockServiceWorker.js'));
  try {
    navigator.serviceWorker
      ?.getRegistrations()
      .then((registrations) => Promise.all(registrations.filter(isMockWorker).map((registration) => registration.unregister())))
      .catch(() => undefined); // storage blocked by the browser's settings: no worker can be there either
  } catch {
    // Some browsers throw on the first touch of navigator.serviceWorker when storage is blocked.
  }
}

/** How long the first render waits for the first panel's data: drawn with it, the first screen lays out once. */
const FIRST_SCREEN_WAIT_MS = 1000;

async function render() {
  await devWorker;
  // A link to a dataset this browser keeps: its worker reads it again and the panels wait for it.
  const isReopening = linkedDataset !== null && (await startWithDataset(linkedDataset));
  const firstScreen = isReopening || isPresenter ? Promise.resolve() : prefetchFirstScreen(queryClient, language, domains, BUNDLED_DATASET);
  // Intl loads its locale data on a page's first formatter: here, while the data is on its way.
  formatNumber(0, 'yuan_100m', language, 'axis');
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
  // French and Chinese strings are lazy chunks: waiting for them keeps English from flashing first.
  const i18n = initI18n(language);
  await changeLanguage(language).catch(() => changeLanguage('en', { writeUrl: false }));
  await Promise.race([firstScreen, waited]);
  if (rejected !== undefined) filterActions.paramsRejected([{ param: 'lang', value: rejected.slice(0, 40), reason: 'invalid_value' }]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        {isPresenter ? <PresenterRoot /> : <App />}
      </AppProviders>
    </StrictMode>,
  );
}
// Nothing is drawn on the way to the embed's page.
if (!embedPage) void render();
