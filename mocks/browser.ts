import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { scaleApi } from './scale-api';

// A small delay in development so loading states are seen; none in a production build, where
// the first chart's speed counts. The benchmark's scale build swaps in its dataset's API.
export const worker = setupWorker(...createHandlers({ delayMs: import.meta.env.DEV ? 250 : 0, api: scaleApi }));
