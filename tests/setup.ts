import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { BUNDLED_DATASET, configureApiClient } from '../src/api/client';
import { initI18n } from '../src/lib/i18n';
import { datasetActions } from '../src/state/datasets';
import { filterActions } from '../src/state/filters';

// jsdom has no layout: recharts' ResponsiveContainer would measure 0 and draw nothing. Report
// a fixed size instead, so charts render their SVG in component tests.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 640, height: 280, top: 0, left: 0, bottom: 280, right: 640, x: 0, y: 0 };
    this.callback([{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no canvas and says so on every call: text is measured by the estimate instead.
// (Tests of the server and the worker run in Node, with no DOM at all.)
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

initI18n('en');

// A wait is for a state, not a time: this is only how long a state may take to come before the
// test fails. Whole-dashboard renders on a busy two-core machine take seconds, not Testing
// Library's default one.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  filterActions.filtersReset();
  configureApiClient({});
  if (typeof window === 'undefined') return; // node-environment tests (the server) have no DOM
  datasetActions.datasetShown(BUNDLED_DATASET);
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
