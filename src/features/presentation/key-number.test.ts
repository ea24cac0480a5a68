import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Indicator, Point } from '../../api/contract';
import { useFormatters } from '../../charts/use-formatters';
import { initI18n, useTranslation } from '../../lib/i18n';
import { buildKpis } from '../../model/panel-view';
import { keyNumberText } from './key-number';

const indicator: Indicator = { id: 'nev_production', domain: 'nev', title: 'NEV production', unit: 'vehicles_10k', description: '', sourceIds: ['S1'] };
const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });

function keyNumber(points: Point[], from: number, to: number): string {
  const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
  const [kpi] = buildKpis([indicator], [{ indicatorId: indicator.id, unit: indicator.unit, points }], from, to);
  return keyNumberText(kpi!, result.current.format, result.current.t);
}

describe('keyNumberText', () => {
  it('says a change is computed by us', () => {
    expect(keyNumber([point(2023, 50), point(2024, 95.32)], 2020, 2025)).toBe('NEV production: 953.2K vehicles in 2024, +90.6% on 2023 (computed by us)');
  });

  it('compares only since the definition changed, and says so', () => {
    // NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
    const nev = [point(2020, 4.3), point(2022, 36.5, { breakBefore: true }), point(2025, 129.6)];
    expect(keyNumber(nev, 2020, 2025)).toBe('NEV production: 1.296M vehicles in 2025, 3.6× 2022 (computed by us; the definition changes in 2022, so earlier years are left out)');
    expect(keyNumber(nev, 2020, 2022)).toBe('NEV production: 365K vehicles in 2022 (no change computed: the definition changes in 2022)');
  });
});

describe('keyNumberText with a unit of the data', () => {
  it('writes a unit the app does not know in its short form, with its decimals', () => {
    const indicator: Indicator = { id: 'coal_output', domain: 'materials', title: 'Coal output', unit: 'tonnes', shortUnit: 't', decimals: 1, description: '', sourceIds: ['T1'] };
    const series = [{ indicatorId: 'coal_output', unit: 'tonnes', points: [{ period: '2024', value: 15, status: 'reported' as const, sourceId: 'T1' }] }];
    const [kpi] = buildKpis([indicator], series, 2024, 2024);
    const { result } = renderHook(() => useFormatters());
    expect(keyNumberText(kpi!, result.current, initI18n().t)).toBe('Coal output: 15.0 t in 2024');
  });
});
