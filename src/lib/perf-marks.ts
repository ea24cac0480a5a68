// When the first chart and when every shown panel has drawn: performance marks for the
// benchmark (scripts/bench.mjs), marked once per page load. Nothing in the app waits for them.
const drawn = new Set<string>();
let expected = 4;

export const PERF_FIRST_CHART = 'dashboard:first-chart';
const PERF_ALL_PANELS = 'dashboard:all-panels';

export function expectPanels(count: number) {
  expected = count;
}

export function markPanelDrawn(panel: string) {
  if (drawn.has(panel) || typeof performance === 'undefined') return;
  drawn.add(panel);
  if (drawn.size === 1) performance.mark(PERF_FIRST_CHART);
  if (drawn.size === expected) performance.mark(PERF_ALL_PANELS);
}
