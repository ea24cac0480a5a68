// When the first chart and when every shown panel has drawn: the benchmark's performance marks,
// marked once per page load. The first chart's moment is also when the requests it does not
// need may go (main.tsx).
const drawn = new Set<string>();
let expected = 4;
let resolveFirstChart: () => void = () => undefined;

export const PERF_FIRST_CHART = 'dashboard:first-chart';
export const PERF_ALL_PANELS = 'dashboard:all-panels';

/** Settles when the page's first chart has drawn its data. */
export const firstChartDrawn = new Promise<void>((resolve) => (resolveFirstChart = resolve));

export function expectPanels(count: number) {
  expected = count;
}

export function markPanelDrawn(panel: string) {
  if (drawn.has(panel)) return;
  drawn.add(panel);
  if (drawn.size === 1) resolveFirstChart();
  if (typeof performance === 'undefined') return;
  if (drawn.size === 1) performance.mark(PERF_FIRST_CHART);
  if (drawn.size === expected) performance.mark(PERF_ALL_PANELS);
}
