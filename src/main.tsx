// Composition root. With no VITE_API_BASE_URL the embedded mock API (MSW's service worker)
// serves the bundled dataset: its code is a chunk of its own, never in the entry, and boot.ts
// started it before this code ran (mock-api.ts); the client waits on that start. With a real
// API server, boot.ts has asked for the first screen's data instead. The first render waits (a
// little) for the first panel's data: see FIRST_SCREEN_WAIT_MS.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApiClient } from './api/client';
import { prefetchFirstScreen } from './api/prefetch';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './app/styles.css';
import { readEnv } from './config/env';
import { initI18n } from './lib/i18n';
import { startMockApi } from './mock-api';
import { filterActions, useFilterStore } from './state/filters';
import { changeLanguage } from './state/language';
import { initialLanguage } from './state/start-params';
import { startUrlSync } from './state/url-sync';

const env = readEnv();
configureApiClient(env.apiBaseUrl ? { baseUrl: env.apiBaseUrl } : { ready: startMockApi() });
startUrlSync();
const queryClient = createQueryClient();

/**
 * How long the first render waits for the first panel's data. A first screen drawn at once with
 * its data costs one layout instead of two, and leaves the main thread free while the answers
 * come (issue #7); a slow server still gets the loading panels after this long.
 */
const FIRST_SCREEN_WAIT_MS = 1000;

async function render() {
  const { language, rejected } = initialLanguage();
  // The first screen's data is requested now (with a real API server, boot.ts already has),
  // while the strings load.
  const firstScreen = prefetchFirstScreen(queryClient, language, useFilterStore.getState().domains, { restAfterFirst: !env.apiBaseUrl });
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
  // French and Chinese strings are a small chunk of their own, fetched while the mock API
  // boots; rendering waits for them so a French reader never sees English flash first.
  const i18n = initI18n(language);
  await changeLanguage(language).catch(() => changeLanguage('en', { writeUrl: false }));
  await Promise.race([firstScreen, waited]);
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
}
void render();
