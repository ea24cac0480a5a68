import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../api/contract';
import { useFormatters } from '../../charts/use-formatters';
import { initI18n } from '../../lib/i18n';
import { buildKpis } from '../../model/panel-view';
import { keyNumberText } from './key-number';

describe('keyNumberText', () => {
  it('writes a unit the app does not know in its short form, with its decimals', () => {
    const indicator: Indicator = { id: 'coal_output', domain: 'materials', title: 'Coal output', unit: 'tonnes', shortUnit: 't', decimals: 1, description: '', sourceIds: ['T1'] };
    const series = [{ indicatorId: 'coal_output', unit: 'tonnes', points: [{ period: '2024', value: 15, status: 'reported' as const, sourceId: 'T1' }] }];
    const [kpi] = buildKpis([indicator], series, 2024, 2024);
    const { result } = renderHook(() => useFormatters());
    expect(keyNumberText(kpi!, result.current, initI18n().t)).toBe('Coal output: 15.0 t in 2024');
  });
});
