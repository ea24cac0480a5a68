// The embed's own entry (embed.html): one chart, no app around it. Apart from the dashboard's
// entry so that it loads none of the app's chrome, and so that a host can let this one path be
// framed while the dashboard may not be (docs/embed.md). It reads the link once and never
// writes the address or the reader's last view: it is a guest on someone else's page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BUNDLED_DATASET, configureApiClient, httpTransport, inPageTransport } from '../api/client';
import { isLanguage } from '../api/contract';
import { prefetchFirstScreen } from '../api/prefetch';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app/providers';
import '../app/styles.css';
import { readEnv } from '../config/env';
import { initI18n, loadLanguage } from '../lib/i18n';
import { expectPanels } from '../lib/perf-marks';
import { formatNumber } from '../model/format';
import { filterActions } from '../state/filters';
import { parseFilters } from '../state/filters-url';
import { isLocalDataset as namesLocalDataset, pickLanguage } from '../state/url';
import { reportHeight } from './embed-height';
import { EmbedView } from './embed-view';

const env = readEnv();
// The build's own data, answered as the dashboard's build answers it; the dev server's page does
// the same, since a framed page may have no service worker.
configureApiClient({ transport: env.apiBaseUrl ? httpTransport(env.apiBaseUrl) : inPageTransport(() => import('../../mocks/in-page').then((inPage) => inPage.answerInPage)) });
const queryClient = createQueryClient();

const params = new URLSearchParams(window.location.search);
const chartId = params.get('embed') ?? '';
// An opened dataset lives in the reader's browser only: a page elsewhere can never show it.
const isLocalDataset = namesLocalDataset();
// The link's language, else the reader's browser's: the host's page chose it.
const { language } = pickLanguage(window.location.search, null, navigator.languages);
filterActions.filtersLoaded(parseFilters(window.location.search).filters);
expectPanels(1);

/** How long the first render waits for the chart's data: drawn with it, the frame lays out once. */
const FIRST_SCREEN_WAIT_MS = 1000;

async function render() {
  // The panel the chart id starts with, asked for at once, beside the list of panels.
  const guessedDomain = chartId.split('-')[0] ?? '';
  const firstScreen = isLocalDataset ? Promise.resolve() : prefetchFirstScreen(queryClient, language, [guessedDomain], BUNDLED_DATASET);
  formatNumber(0, 'yuan_100m', language, 'axis');
  const i18n = initI18n(language);
  await loadLanguage(language, i18n).catch(() => undefined); // English then, which ships in the entry
  if (isLanguage(language) && i18n.hasLanguage(language)) {
    i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
  }
  await Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);
  const root = document.getElementById('root');
  if (!root) throw new Error('embed.html has no #root element');
  reportHeight(root);
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        <EmbedView chartId={chartId} isLocalDataset={isLocalDataset} />
      </AppProviders>
    </StrictMode>,
  );
}
void render();
