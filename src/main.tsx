// Composition root. With no VITE_API_BASE_URL the embedded mock API (MSW's service worker)
// serves the bundled dataset; it is imported dynamically so it never weighs on the entry chunk,
// and it boots while React renders: only the first requests wait for it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApiClient } from './api/client';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './app/styles.css';
import { env } from './config/env';
import { initI18n } from './lib/i18n';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} i18n={initI18n()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
