// The bundled data package answers every request as the TypeScript dataset it replaced did: the
// fixture holds those answers (values, statuses, sources, alternatives, facts) in en, fr and zh.
// What changed since on purpose is applied to the fixture here, one change at a time, and the
// fields the contract gained (entities) are set aside before comparing.
import { describe, expect, it } from 'vitest';
import { answer, routesOf } from '../../mocks/api/respond';
import { bundledApi, bundledPackage } from '../../mocks/api/bundled';
import before from '../fixtures/api-v1-answers.json';

const routes = routesOf(bundledApi);

interface Body {
  series?: { indicatorId: string; points: { period: string; breakBefore?: boolean }[] }[];
  indicators?: { id: string; description: string; prices?: string }[];
  sources?: { id: string }[];
  facts?: { id: string; indicatorId?: string }[];
}

/** Money indicators say whether they are at current (nominal) or comparable (real) prices. */
const PRICES: Record<string, string> = {
  gdp: 'nominal',
  gdp_real_growth: 'real',
  gdp_per_capita: 'nominal',
  industrial_va: 'nominal',
  industrial_va_growth: 'real',
  industrial_revenue: 'nominal',
  new_materials_output: 'nominal',
};

/** Milestones name the indicator they concern, so each is drawn only on that indicator's charts. */
const MILESTONE_INDICATORS: Record<string, string> = {
  'gdp-passes-3-trillion-2023': 'gdp',
  'gdp-per-capita-usd-2020': 'gdp_per_capita',
  'gdp-per-capita-rank-2024': 'gdp_per_capita',
  'industrial-output-2025': 'industrial_revenue',
  'auto-cluster-2025': 'auto_production',
  'article-seres-huawei': 'nev_production',
};

/** Described for two regions since China's figures joined Chongqing's under the same ids. */
const DESCRIBED_FOR_TWO_REGIONS = ['gdp', 'gdp_real_growth', 'gdp_per_capita', 'population', 'industrial_va', 'industrial_va_growth', 'nev_production', 'nev_production_growth', 'mobile_phone_production'];
const REGION_NAMES = { en: ['Chongqing', 'China'], fr: ['Chongqing', 'Chine'], zh: ['重庆', '中国'] };

/** The fixture's answer with the changes made on purpose since (descriptions are checked apart). */
function expectedNow(answered: { status: number; body: unknown }) {
  const { status, body } = structuredClone(answered) as { status: number; body: Body };
  // 2020 counts intelligent connected NEVs only: 2022 follows a change of definition.
  for (const series of body.series ?? []) {
    const point = series.indicatorId === 'nev_production' ? series.points.find((p) => p.period === '2022') : undefined;
    if (point) point.breakBefore = true;
  }
  for (const indicator of body.indicators ?? []) {
    if (DESCRIBED_FOR_TWO_REGIONS.includes(indicator.id)) indicator.description = '';
    const prices = PRICES[indicator.id];
    if (prices) indicator.prices = prices;
  }
  for (const fact of body.facts ?? []) {
    const indicatorId = MILESTONE_INDICATORS[fact.id];
    if (indicatorId) fact.indicatorId = indicatorId;
  }
  return { status, body };
}

function withoutNewParts(path: string, body: unknown): unknown {
  const { entities: _entities, ...rest } = body as Record<string, unknown> & Body;
  if (path.endsWith('/series')) return { series: (rest.series ?? []).map(({ entityId: _entityId, ...series }: Record<string, unknown>) => series) };
  // China's sources follow Chongqing's; the national figures are checked in bundled-dataset.test.ts.
  if (path.endsWith('/sources')) return { sources: (rest.sources ?? []).filter((source) => !source.id.startsWith('N')) };
  return rest;
}

describe('the bundled data package', () => {
  it.each(Object.entries(before))('answers %s as before', (request, answered) => {
    const url = new URL(request, 'http://localhost');
    const { status, body } = answer(routes, url.pathname, url.searchParams);
    const got = { status, body: withoutNewParts(url.pathname, body) as Body };
    const language = (url.searchParams.get('lang') ?? 'en') as keyof typeof REGION_NAMES;
    for (const indicator of got.body.indicators ?? []) {
      if (!DESCRIBED_FOR_TWO_REGIONS.includes(indicator.id)) continue;
      const before = (answered.body as Body).indicators?.find((i) => i.id === indicator.id)?.description;
      expect(indicator.description).not.toBe(before);
      for (const name of REGION_NAMES[language]) expect(indicator.description, indicator.id).toContain(name);
      indicator.description = '';
    }
    expect(got).toEqual(expectedNow(answered));
  });

  it('keeps the national sources apart from the others: ids N1, N2...', () => {
    expect(bundledPackage.sources.filter((source) => source.id.startsWith('N')).every((source) => /^N\d+$/.test(source.id))).toBe(true);
  });
});
