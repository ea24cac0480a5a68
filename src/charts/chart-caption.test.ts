import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTranslation } from '../lib/i18n';
import { chartCaptionLine } from './chart-caption';
import type { ChartView } from './chart-types';
import { useFormatters } from './use-formatters';

const chart = (unit: ChartView['unit'], values: (number | null)[]): ChartView => ({
  id: 'macro-gdp',
  title: 'GDP',
  subtitle: '2021–2023 · Absolute',
  unit,
  chartType: 'line',
  mode: 'absolute',
  from: 2021,
  to: 2023,
  series: [{ indicatorId: 'gdp', unit, isModeApplied: true, label: 'GDP', color: '#000', points: values.map((value, i) => ({ period: String(2021 + i), year: 2021 + i, status: 'reported', value, sourceIds: ['S1'] })) }],
});

function tools() {
  const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
  return result.current;
}

describe('chartCaptionLine', () => {
  it('gives the subtitle, the unit and the years with a figure', () => {
    const { format, t } = tools();
    expect(chartCaptionLine(chart('yuan_100m', [1, null, 3]), 'absolute', format, t)).toBe('2021–2023 · Absolute · bn yuan · years with a published figure: 2/3');
  });

  it('puts the reader’s own subtitle in place of the subtitle and unit', () => {
    const { format, t } = tools();
    expect(chartCaptionLine(chart('yuan_100m', [1, 2, 3]), 'absolute', format, t, { subtitle: 'Nominal, 2021 to 2023' })).toBe('Nominal, 2021 to 2023 · years with a published figure: 3/3');
  });

  it('says a growth rate is shown as published whatever the value mode', () => {
    const { format, t } = tools();
    expect(chartCaptionLine(chart('percent', [6, 5, 6]), 'yoy', format, t)).toMatch(/ · .+ · .+$/);
    expect(chartCaptionLine(chart('percent', [6, 5, 6]), 'yoy', format, t)).toContain(t('panel.modeNotApplied'));
  });
});
