// Composition root. With no VITE_API_BASE_URL the embedded mock API (MSW's service worker)
// serves the bundled dataset; it is imported dynamically so it never weighs on the entry chunk,
// its service worker was registered by boot.ts before this code even ran, and it starts while
// React renders: only the first requests wait for it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApiClient } from './api/client';
import { prefetchFirstScreen } from './api/prefetch';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './app/styles.css';
import { env } from './config/env';
import { initI18n } from './lib/i18n';
import { warmFormatters } from './model/format';
import { filterActions, useFilterStore } from './state/filters';
import { changeLanguage, initialLanguage } from './state/language';
import { startUrlSync } from './state/url-sync';

async function startMockApi(): Promise<void> {
  const { worker } = await import('../mocks/browser');
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

configureApiClient(env.apiBaseUrl ? { baseUrl: env.apiBaseUrl } : { ready: startMockApi() });
startUrlSync();
const queryClient = createQueryClient();

async function render() {
  const { language, rejected } = initialLanguage();
  // The first screen's data is requested now, while the strings load and React starts.
  prefetchFirstScreen(queryClient, language, useFilterStore.getState().domains);
  // French and Chinese strings are a small chunk of their own, fetched while the mock API
  // boots; rendering waits for them so a French reader never sees English flash first.
  const i18n = initI18n(language);
  await changeLanguage(language).catch(() => changeLanguage('en', { writeUrl: false }));
  if (rejected !== undefined) filterActions.paramsRejected([{ param: 'lang', value: rejected.slice(0, 40), reason: 'invalid_value' }]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
  // Number formatters for the first screen, built while it waits for its data.
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => warmFormatters(language));
  else setTimeout(() => warmFormatters(language), 1);
}
void render();
