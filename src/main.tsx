// Composition root. With no VITE_API_BASE_URL the embedded mock API (MSW's service worker)
// serves the bundled dataset: its code is a chunk of its own, never in the entry, and boot.ts
// started it before this code ran (mock-api.ts); the client waits on that start. With a real
// API server, boot.ts has asked for the first screen's data instead. The first render waits (a
// little) for the first panel's data: see FIRST_SCREEN_WAIT_MS.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApiClient } from './api/client';
import { prefetchFirstScreen } from './api/prefetch';
import { firstScreenUrls } from './api/request';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './app/styles.css';
import { readEnv } from './config/env';
import { initI18n } from './lib/i18n';
import { formatNumber } from './model/format';
import { firstChartDrawn } from './lib/perf-marks';
import { startMockApi } from './mock-api';
import { filterActions, useFilterStore } from './state/filters';
import { changeLanguage } from './state/language';
import { startParams } from './state/url';
import { startUrlSync } from './state/url-sync';

const env = readEnv();
startUrlSync();
const { language, rejected } = startParams();
const { domains } = useFilterStore.getState();

/**
 * The requests the first chart does not need (the other panels' data, the facts, the sources)
 * are held back until the first screen is shown, at most this long. With a real API server they
 * went out while the app's code was evaluated and its first render ran, and their answers, the
 * server's work and the browser's network work took the two cores the first render needed:
 * holding them until the first chart is drawn brought it 76 ms sooner in one set of 20
 * interleaved loads and 18 ms later in another (paired medians; means −91 and −46 ms; issue #7). With the embedded mock API they go once the first
 * screen's data is in: its handlers answer on this page's main thread after the first answers,
 * and holding them until the chart is drawn measured no gain there (+36 ms, 16 loads).
 */
const FIRST_SCREEN_HOLD_MAX_MS = 3000;
let showFirstScreen: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (showFirstScreen = resolve));
void firstChartDrawn.then(showFirstScreen);
setTimeout(showFirstScreen, FIRST_SCREEN_HOLD_MAX_MS);
configureApiClient({
  ...(env.apiBaseUrl ? { baseUrl: env.apiBaseUrl } : { ready: startMockApi() }),
  firstScreen: { urls: firstScreenUrls(env.apiBaseUrl ?? '', language, domains[0]), shown: firstScreenShown, onFailure: showFirstScreen },
});
// The reader moved on before the first chart came (another first panel, another language): the
// panels no longer ask for what the first screen asked for.
const stopWatchingFirstPanel = useFilterStore.subscribe((state) => (state.domains[0] === domains[0] ? undefined : showFirstScreen()));
void firstScreenShown.then(stopWatchingFirstPanel);
const queryClient = createQueryClient();

/**
 * How long the first render waits for the first panel's data. A first screen drawn at once with
 * its data costs one layout instead of two, and leaves the main thread free while the answers
 * come (issue #7); a slow server still gets the loading panels after this long.
 */
const FIRST_SCREEN_WAIT_MS = 1000;

async function render() {
  // The first screen's data is requested now (boot.ts already has), while the strings load.
  const firstScreen = prefetchFirstScreen(queryClient, language, domains);
  // Intl loads its locale data on a page's first formatter: here, while the data is on its way.
  formatNumber(0, 'yuan_100m', language, 'axis');
  // The held requests go now with the embedded mock API (FIRST_SCREEN_HOLD_MAX_MS), or when
  // there is no first chart to wait for: no panel is shown (or its data failed: onFailure).
  void firstScreen.then((hasChartData) => (hasChartData && env.apiBaseUrl ? undefined : showFirstScreen()));
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS));
  // French and Chinese strings are a small chunk of their own, fetched while the mock API
  // boots; rendering waits for them so a French reader never sees English flash first.
  const i18n = initI18n(language);
  const stopWatchingLanguage = i18n.subscribe(() => (i18n.language === language ? undefined : showFirstScreen()));
  void firstScreenShown.then(stopWatchingLanguage);
  await changeLanguage(language).catch(() => changeLanguage('en', { writeUrl: false }));
  // ... or less, when the first screen is known not to come soon (firstScreenShown: its data
  // failed and react-query retries it for 3 s, or no panel is shown).
  await Promise.race([firstScreen, waited, firstScreenShown]);
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
