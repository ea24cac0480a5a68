// The mock API of the dev server (`npm start`): MSW's service worker, with latency so loading
// states are seen. VITE_MOCK_FAULTS=series,facts (endpoint names, comma-separated) makes those
// endpoints answer 500, to see the error states by hand. Production builds never load this.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

const faults = (import.meta.env.VITE_MOCK_FAULTS ?? '').split(',').map((name: string) => name.trim()).filter(Boolean);

export const startMockWorker = () =>
  setupWorker(...createHandlers({ delayMs: 250, faults })).start({ onUnhandledRequest: 'bypass', quiet: true });
