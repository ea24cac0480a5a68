import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

// A small delay in development so loading states are seen; none in a production build, where
// the first chart's speed counts.
export const worker = setupWorker(...createHandlers({ delayMs: import.meta.env.DEV ? 250 : 0 }));
