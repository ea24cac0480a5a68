import { describe, expect, it } from 'vitest';
import { firstChartDrawn, markPanelDrawn, PERF_FIRST_CHART } from './perf-marks';

describe('perf marks', () => {
  it('marks the first chart once, and settles firstChartDrawn then (main.tsx holds requests until it)', async () => {
    let settled = false;
    void firstChartDrawn.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    markPanelDrawn('nev');
    markPanelDrawn('nev');
    markPanelDrawn('macro');
    await firstChartDrawn;
    expect(settled).toBe(true);
    expect(performance.getEntriesByName(PERF_FIRST_CHART)).toHaveLength(1);
  });
});
