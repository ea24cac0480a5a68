// "Share of the national total" on the bundled package: Chongqing's figures over China's, computed
// only where both are on the same basis, checked against data/observations.csv.
import { describe, expect, it } from 'vitest';
import { bundledApi } from '../../mocks/api/bundled';
import type { DomainsResponse, Indicator, SeriesResponse } from '../../src/api/contract';
import { buildSeriesGroups } from '../../src/model/panel-view';
import { regionView } from '../../src/model/regions';

const { entities = [] } = (bundledApi.getDomains(new URLSearchParams()).body as DomainsResponse);
const answerOf = <T>(result: { status: number; body: unknown }) => {
  expect(result.status).toBe(200);
  return result.body as T;
};

function shares(domain: string, indicatorId: string, regions: string[] = ['chongqing', 'china']) {
  const query = new URLSearchParams({ domain, entities: 'chongqing,china' });
  const { indicators } = answerOf<{ indicators: Indicator[] }>(bundledApi.getIndicators(query));
  const { series } = answerOf<SeriesResponse>(bundledApi.getSeries(query));
  const selected = indicators.filter((indicator) => indicator.id === indicatorId);
  const groups = buildSeriesGroups(selected, series, 'share', 2019, 2025, regionView(entities, regions));
  return groups.flatMap((group) => group.series.map((s) => ({ entityId: s.entityId, unit: group.unit, points: s.points })));
}

const byPeriod = (points: { period: string; value: number | null; gapReason?: string }[]) =>
  Object.fromEntries(points.map((p) => [p.period, p.value === null ? (p.gapReason ?? 'no figure') : Number(p.value.toFixed(3))]));

describe('share of the national total, bundled data', () => {
  it('divides Chongqing’s GDP by China’s for each year both publish on the same basis', () => {
    const [chongqing, ...others] = shares('macro', 'gdp');
    expect(others).toEqual([]); // the country itself is not drawn
    expect(chongqing?.entityId).toBe('chongqing');
    expect(chongqing?.unit).toBe('share_percent');
    expect(byPeriod(chongqing?.points ?? [])).toEqual({
      '2020': Number(((25002.79 / 1015986) * 100).toFixed(3)), // both preliminary
      '2021': Number(((27894.02 / 1143670) * 100).toFixed(3)),
      '2022': Number(((29129.03 / 1210207) * 100).toFixed(3)),
      '2023': Number(((30145.79 / 1260582) * 100).toFixed(3)),
      '2024': 2.386, // 32193.15 / 1349084
      '2025': 'not_same_basis', // Chongqing's 2025 is a bound, "more than 3.37 trillion"
    });
    expect(chongqing?.points.find((p) => p.period === '2024')).toMatchObject({ status: 'computed', sourceIds: ['S6', 'N14'] });
  });

  it('gives no share for Chongqing’s 2020 NEV output, counted on a narrower definition, nor against China’s 2024 bound', () => {
    const [chongqing] = shares('nev', 'nev_production');
    expect(byPeriod(chongqing?.points ?? [])).toEqual({
      '2020': 'not_same_basis', // intelligent connected NEVs only: the definition changes before 2022
      '2022': 'no_national_figure',
      '2023': 'no_national_figure',
      '2024': 'not_same_basis', // China: "more than 13 million"
      '2025': 'no_national_figure',
    });
  });

  it('leaves a growth rate as gaps that say a rate has no share', () => {
    const [chongqing] = shares('macro', 'gdp_real_growth');
    expect(chongqing?.points.length).toBeGreaterThan(0);
    expect(chongqing?.points.every((p) => p.value === null && p.gapReason === 'rate_has_no_share')).toBe(true);
  });

  it('draws no share for a panel showing China alone', () => {
    expect(shares('macro', 'gdp', ['china'])).toEqual([]);
  });
});
