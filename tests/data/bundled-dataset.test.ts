// Checks the bundled dataset against the API contract and the rules in docs/data.md, and that
// every figure and statement of the source article is carried with sourceId "article". Fact
// kinds, status, periods and English texts are checked in dataset-texts.test.ts.
import { describe, it, expect } from 'vitest';
import type { Fact, Qualifier } from '../../src/api/contract';
import { DomainSchema, FactSchema, IndicatorSchema, PointSchema, SeriesSchema, SourceSchema } from '../../src/api/schemas';
import { dataset, domains, sources } from './bundled-records';

const indicators = domains.flatMap((d) => d.indicators);
const points = indicators.flatMap((i) => i.points.map((p) => ({ indicator: i, point: p })));
const facts = domains.flatMap((d) => d.facts);
const { min: MIN_YEAR, max: MAX_YEAR } = dataset.years;
const knownSourceIds = new Set(sources.map((s) => s.id));

/** Every sourceId a number of the dataset cites: points, alternatives and facts. */
const citedSourceIds = [
  ...points.flatMap(({ point }) => [point.sourceId, ...(point.alternatives ?? []).map((a) => a.sourceId)]),
  ...facts.map((f) => f.sourceId),
];

const yearOf = (date: string) => Number(date.slice(0, 4));
const partialYears: Qualifier[] = ['jan_mar', 'jan_jun', 'jan_aug', 'jan_sep', 'jan_oct', 'jan_nov'];

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('dataset: contract schemas', () => {
  it('has the four domains in order', () => {
    expect(domains.map((d) => d.id)).toEqual(['macro', 'nev', 'electronics', 'materials']);
    for (const d of domains) expect(() => DomainSchema.parse({ id: d.id, title: d.title, summary: d.summary })).not.toThrow();
  });

  it.each(sources.map((s) => [s.id, s] as const))('source %s matches SourceSchema', (_id, source) => {
    expect(SourceSchema.safeParse(source).error).toBeUndefined();
  });

  it.each(indicators.map((i) => [i.id, i] as const))('indicator %s and its points match the schemas', (_id, indicator) => {
    const { points: pts, ...meta } = indicator;
    const sourceIds = [...new Set(pts.map((p) => p.sourceId))];
    expect(IndicatorSchema.safeParse({ ...meta, sourceIds }).error).toBeUndefined();
    expect(SeriesSchema.safeParse({ indicatorId: indicator.id, unit: indicator.unit, points: pts }).error).toBeUndefined();
    for (const p of pts) expect(PointSchema.safeParse(p).error).toBeUndefined();
  });

  it.each(facts.map((f) => [f.id, f] as const))('fact %s matches FactSchema', (_id, fact) => {
    expect(FactSchema.safeParse(fact).error).toBeUndefined();
  });
});

describe('dataset: references and identity', () => {
  it('cites only known sources', () => {
    expect(citedSourceIds.filter((id) => !knownSourceIds.has(id))).toEqual([]);
  });

  it('uses every source at least once', () => {
    const used = new Set(citedSourceIds);
    expect(sources.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has unique source, indicator and fact ids', () => {
    expect(duplicates(sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(indicators.map((i) => i.id))).toEqual([]);
    expect(duplicates(facts.map((f) => f.id))).toEqual([]);
  });

  it('files every indicator and fact under its own domain', () => {
    for (const d of domains) {
      for (const i of d.indicators) expect(i.domain, i.id).toBe(d.id);
      for (const f of d.facts) expect(f.domain, f.id).toBe(d.id);
    }
  });

  it('features one to three indicators per domain', () => {
    for (const d of domains) {
      const featured = d.indicators.filter((i) => i.isFeatured).length;
      expect(featured, d.id).toBeGreaterThanOrEqual(1);
      expect(featured, d.id).toBeLessThanOrEqual(3);
    }
  });
});

describe('dataset: periods and values', () => {
  it('keeps every fact date within the years the figures cover', () => {
    for (const f of facts.filter((x) => x.date !== undefined)) {
      expect(yearOf(f.date!), f.id).toBeGreaterThanOrEqual(MIN_YEAR);
      expect(yearOf(f.date!), f.id).toBeLessThanOrEqual(MAX_YEAR);
    }
    for (const f of facts.filter((x) => x.period !== undefined)) {
      const [from = NaN, to = NaN] = f.period!.split('-').map(Number);
      expect(from, f.id).toBeGreaterThanOrEqual(MIN_YEAR);
      expect(to, f.id).toBeLessThanOrEqual(MAX_YEAR);
      expect(from, f.id).toBeLessThan(to);
    }
  });

  it.each(indicators.map((i) => [i.id, i] as const))('%s has points in year order, no duplicate period', (_id, indicator) => {
    expect(indicator.points.length).toBeGreaterThan(0);
    for (const entity of new Set(indicator.points.map((p) => p.entity))) {
      const periods = indicator.points.filter((p) => p.entity === entity).map((p) => p.period);
      expect(duplicates(periods)).toEqual([]);
      expect(periods).toEqual([...periods].sort());
    }
  });

  it('never computes, fills or repeats a value', () => {
    for (const { indicator, point } of points) {
      const where = `${indicator.id} ${point.period}`;
      expect(point.computed, where).toBeUndefined();
      expect(point.value, where).not.toBeNull();
      // An alternative is another publication, not the primary one again, unless it is the revision it reports.
      for (const a of point.alternatives ?? []) if (a.qualifier !== 'revised') expect(a.sourceId, where).not.toBe(point.sourceId);
    }
  });

  it('keeps partial years out of annual indicators', () => {
    for (const { indicator, point } of points) {
      const isPartialIndicator = indicator.id.endsWith('_jan_sep');
      expect(isPartialIndicator ? point.qualifier === 'jan_sep' : !partialYears.includes(point.qualifier!), `${indicator.id} ${point.period}`).toBe(true);
    }
  });

  it('marks as estimated only what a source calls expected, and explains it', () => {
    const estimated = points.filter(({ point }) => point.status === 'estimated');
    expect(estimated.map(({ indicator, point }) => `${indicator.id} ${point.entity} ${point.period}`)).toEqual(['gdp_per_capita china 2020', 'industrial_va_growth chongqing 2021']);
    for (const { point } of estimated) expect(point.note).toMatch(/expected|預計|预计/i);
  });

  it('uses the unattributed S51 only as an alternative', () => {
    expect(points.filter(({ point }) => point.sourceId === 'S51')).toEqual([]);
    expect(facts.filter((f) => f.sourceId === 'S51')).toEqual([]);
  });
});

/** One row per figure or statement of the article (facts-en.md). */
interface ArticleFigure {
  label: string;
  factId: string;
  value?: number;
  unit?: string;
  qualifier?: Qualifier;
  date?: string;
  text?: string[];
  /** Where the figure also sits in a series, as the point or an alternative. */
  point?: { indicatorId: string; period: string; value: number };
}

const articleFigures: ArticleFigure[] = [
  // Macro economy
  { label: 'industrial value added 699.1 bn yuan (2020)', factId: 'article-industrial-va-2020', value: 6991, unit: 'yuan_100m', point: { indicatorId: 'industrial_va', period: '2020', value: 6991 } },
  { label: 'industrial value added 891.2 bn yuan (2024)', factId: 'article-industrial-va-2024', value: 8912, unit: 'yuan_100m', point: { indicatorId: 'industrial_va', period: '2024', value: 8912 } },
  { label: 'GDP passed 3,000 bn yuan, first in central and western China', factId: 'article-gdp-3-trillion', value: 30000, unit: 'yuan_100m', qualifier: 'more_than', text: ['first city in central and western China'] },
  { label: 'GDP per capita passed 100,000 yuan', factId: 'article-gdp-per-capita-100k', value: 100000, unit: 'yuan', qualifier: 'more_than' },
  { label: 'goals: advanced manufacturing, innovation hub, green economy', factId: 'article-development-goals', text: ['advanced manufacturing', 'technology-innovation hub', 'green, low-carbon'] },
  { label: '"33618" cluster system', factId: 'article-33618-system', text: ['"33618"', '18 emerging'] },
  { label: 'software services in the national first tier', factId: 'article-software-first-tier', text: ['first tier'] },
  { label: 'general-purpose engines 40% of national output', factId: 'article-general-engines-share', value: 40, unit: 'percent' },
  { label: 'micro-motors 70% of national output', factId: 'article-micro-motors-share', value: 70, unit: 'percent' },
  { label: 'consumer brands among the first famous consumer products', factId: 'article-consumer-brands', text: ['Cool Magic', 'Chongqing Beer', 'Fuling Pickle'] },
  // New-energy vehicles
  { label: '43,000 NEVs in 2020', factId: 'article-nev-2020', value: 4.3, unit: 'vehicles_10k', point: { indicatorId: 'nev_production', period: '2020', value: 4.3 } },
  { label: '953,000 NEVs in 2024, among the best nationally', factId: 'article-nev-2024', value: 95.3, unit: 'vehicles_10k', text: ['among the best'], point: { indicatorId: 'nev_production', period: '2024', value: 95.3 } },
  { label: 'NEV capital of intelligent connected vehicles', factId: 'article-nev-capital', text: ['capital of intelligent connected'] },
  { label: 'five major transformations of "new automobiles"', factId: 'article-five-transformations', text: ['five major transformations', 'digital space'] },
  { label: 'Seres Jan–Sep 2025 sales over 300,000', factId: 'article-seres-jan-sep-2025', value: 30, unit: 'vehicles_10k', qualifier: 'more_than', date: '2025-10-08', text: ['January–September 2025'] },
  { label: 'AITO over 800,000 cumulative deliveries', factId: 'article-aito-deliveries', value: 80, unit: 'vehicles_10k', qualifier: 'more_than', text: ['luxury NEV segment'] },
  { label: "Seres, world's fourth profitable NEV maker", factId: 'article-seres-fourth-profitable', value: 4, unit: 'rank', text: ['spring factory'] },
  { label: 'SF5 under 1,000 units over two years', factId: 'article-seres-sf5', value: 0.1, unit: 'vehicles_10k', qualifier: 'less_than', text: ['top 100'] },
  { label: 'April 2021 Seres partners with Huawei; AITO M5, M7, M8, M9', factId: 'article-seres-huawei', date: '2021-04', text: ['Huawei', 'M5, M7, M8 and M9'] },
  { label: 'AITO M9 leads the segment above 500,000 yuan', factId: 'article-aito-m9-segment', value: 500000, unit: 'yuan', qualifier: 'more_than' },
  { label: 'AITO M9 9000-tonne mega-casting', factId: 'article-aito-m9-casting', value: 9000, unit: 'tonnes' },
  { label: 'DE-i 3.0 identifies over 900 scenarios', factId: 'article-dei-scenarios', value: 900, qualifier: 'more_than' },
  { label: 'range extender fuel consumption -15%', factId: 'article-range-extender-fuel', value: -15, unit: 'percent' },
  { label: 'range extender perceived noise -90%', factId: 'article-range-extender-noise', value: -90, unit: 'percent' },
  { label: 'range extender thermal efficiency 44.8%', factId: 'article-range-extender-thermal', value: 44.8, unit: 'percent' },
  { label: 'Changan Blue Whale all-scenario power solution', factId: 'article-changan-blue-whale', text: ['Blue Whale'] },
  { label: 'Changan Golden Bell Cover over twice the national standard', factId: 'article-changan-golden-bell', value: 2, qualifier: 'more_than' },
  { label: "Qingling, China's first inter-provincial hydrogen truck highway test", factId: 'article-qingling-hydrogen-test', text: ['inter-provincial'] },
  { label: 'hundreds of hydrogen logistics vehicles in Chongqing and Sichuan', factId: 'article-qingling-hydrogen-fleet', text: ['hundreds', 'Sichuan'] },
  // Electronics
  { label: 'laptops first in the world for 11 consecutive years', factId: 'article-laptop-11-years', value: 11, unit: 'consecutive years' },
  { label: 'wafer capacity doubled compared with 2020', factId: 'article-wafer-capacity-doubled', text: ['doubled compared with 2020'] },
  { label: 'flexible display among the top five nationally', factId: 'article-flexible-display-top5', text: ['top five'] },
  { label: 'new-generation electronics growing steadily', factId: 'article-new-generation-electronics', text: ['steadily'] },
  // Materials
  { label: "world's largest single spandex unit", factId: 'article-spandex-unit', text: ['spandex'] },
  { label: "world's largest adipic acid base", factId: 'article-adipic-acid-base', text: ['adipic acid'] },
  { label: 'nylon-66 monopolies broken', factId: 'article-nylon-66', text: ['nylon-66'] },
  { label: 'glass fibre 3rd in China, 1st in the west', factId: 'article-glass-fibre', value: 3, unit: 'rank', text: ['largest in western China'] },
  { label: 'first domestic-brand automotive aluminium sheet', factId: 'article-aluminium-sheet', text: ['aluminium sheet'] },
  { label: 'Kunlun Glass in high-end smartphones', factId: 'article-kunlun-glass', text: ['Kunlun Glass'] },
];

describe('dataset: every figure of the source article', () => {
  const factsById = new Map<string, Fact>(facts.map((f) => [f.id, f]));

  it.each(articleFigures.map((f) => [f.label, f] as const))('%s', (_label, figure) => {
    const fact = factsById.get(figure.factId);
    expect(fact, figure.factId).toBeDefined();
    expect(fact!.sourceId).toBe('article');
    if (figure.value !== undefined) expect(fact!.value).toBe(figure.value);
    if (figure.unit !== undefined) expect(fact!.unit).toBe(figure.unit);
    expect(fact!.qualifier).toBe(figure.qualifier);
    if (figure.date !== undefined) expect(fact!.date).toBe(figure.date);
    for (const words of figure.text ?? []) expect(fact!.text.toLowerCase()).toContain(words.toLowerCase());
    if (figure.point) {
      const { indicatorId, period, value } = figure.point;
      const point = indicators.find((i) => i.id === indicatorId)?.points.find((p) => p.entity === 'chongqing' && p.period === period);
      expect(point, `${indicatorId} ${period}`).toBeDefined();
      const carried = [point!, ...(point!.alternatives ?? [])].some((x) => x.sourceId === 'article' && x.value === value);
      expect(carried, `${indicatorId} ${period} carries ${value} from the article`).toBe(true);
    }
  });

  it('lists every article fact and every article point in the table above', () => {
    const listedFacts = new Set(articleFigures.map((f) => f.factId));
    expect(facts.filter((f) => f.sourceId === 'article' && !listedFacts.has(f.id)).map((f) => f.id)).toEqual([]);
    const listedPoints = new Set(articleFigures.flatMap((f) => (f.point ? [`${f.point.indicatorId} ${f.point.period}`] : [])));
    const articlePoints = points.filter(({ point }) => [point, ...(point.alternatives ?? [])].some((x) => x.sourceId === 'article'));
    expect(articlePoints.map(({ indicator, point }) => `${indicator.id} ${point.period}`).filter((k) => !listedPoints.has(k))).toEqual([]);
  });
});
