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
  indicators?: { id: string; description: string }[];
  sources?: { id: string }[];
}

const NEV_DEFINITION = {
  en: ' For Chongqing, 2020 counts intelligent connected NEVs only',
  fr: ' Pour Chongqing, le chiffre 2020 ne compte que les VEN intelligents connectés',
  zh: '重庆2020年数据仅为智能网联新能源汽车',
};

/** The fixture's answer with the changes made on purpose since (the description is checked apart). */
function expectedNow(answered: { status: number; body: unknown }) {
  const { status, body } = structuredClone(answered) as { status: number; body: Body };
  // 2020 counts intelligent connected NEVs only: 2022 follows a change of definition.
  for (const series of body.series ?? []) {
    const point = series.indicatorId === 'nev_production' ? series.points.find((p) => p.period === '2022') : undefined;
    if (point) point.breakBefore = true;
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
    // The NEV description gained a sentence on the 2020 definition; the rest of it is as before.
    const language = (url.searchParams.get('lang') ?? 'en') as keyof typeof NEV_DEFINITION;
    const nevBefore = (answered.body as Body).indicators?.find((i) => i.id === 'nev_production')?.description;
    const nev = got.body.indicators?.find((i) => i.id === 'nev_production');
    if (nev && nevBefore !== undefined) {
      expect(nev.description).toBe(nevBefore + nev.description.slice(nevBefore.length));
      expect(nev.description.slice(nevBefore.length)).toContain(NEV_DEFINITION[language]);
      nev.description = nevBefore;
    }
    expect(got).toEqual(expectedNow(answered));
  });

  it('keeps the national sources apart from the others: ids N1, N2...', () => {
    expect(bundledPackage.sources.filter((source) => source.id.startsWith('N')).every((source) => /^N\d+$/.test(source.id))).toBe(true);
  });
});
