import { describe, expect, it } from 'vitest';
import { markPanelDrawn, PERF_FIRST_CHART } from './perf-marks';

describe('perf marks', () => {
  it('marks the first chart once', () => {
    markPanelDrawn('nev');
    markPanelDrawn('nev');
    markPanelDrawn('macro');
    expect(performance.getEntriesByName(PERF_FIRST_CHART)).toHaveLength(1);
  });
});
