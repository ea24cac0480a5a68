// One contract suite, run against every implementation of the API: the MSW handlers (the dev
// server and the component tests), the embedded build's in-page answers and the real server. Same requests, same expectations.
import { describe, expect, it } from 'vitest';
import { DatasetsResponseSchema, DomainsResponseSchema, ErrorBodySchema, FactsResponseSchema, IndicatorsResponseSchema, SeriesResponseSchema, SourcesResponseSchema } from '../../src/api/schemas';

export type ApiGet = (path: string) => Promise<{ status: number; body: unknown }>;

/** The bundled package's name (data/datapackage.json): every implementation serves it by default. */
const BUNDLED_DATASET = 'chongqing-industry-2020-2025';

export function runContractSuite(name: string, get: ApiGet) {
  describe(`${name}: v1 API, happy path`, () => {
    it('lists the four domains', async () => {
      const { status, body } = await get('/api/v1/domains');
      expect(status).toBe(200);
      expect(DomainsResponseSchema.parse(body).domains.map((d) => d.id)).toEqual(['macro', 'nev', 'electronics', 'materials']);
    });

    it('says which years the data covers, and accepts exactly those in /series', async () => {
      const { years } = DomainsResponseSchema.parse((await get('/api/v1/domains')).body);
      if (!years) throw new Error('the bundled API and the server state their years'); // optional in v1, sent by both
      expect((await get(`/api/v1/series?domain=nev&from=${years.min}&to=${years.max}`)).status).toBe(200);
      expect((await get(`/api/v1/series?domain=nev&from=${years.min - 1}`)).status).toBe(400);
      expect((await get(`/api/v1/series?domain=nev&to=${years.max + 1}`)).status).toBe(400);
    });

    it('lists a domain’s indicators with the sources their points cite', async () => {
      const { body } = await get('/api/v1/indicators?domain=nev');
      const { indicators } = IndicatorsResponseSchema.parse(body);
      expect(indicators.length).toBeGreaterThan(0);
      expect(indicators.every((i) => i.domain === 'nev' && i.sourceIds.length > 0)).toBe(true);
      expect(body).not.toHaveProperty('indicators.0.points');
    });

    it('returns series limited to the requested years, in the order asked', async () => {
      const { body } = await get('/api/v1/indicators?domain=nev');
      const ids = IndicatorsResponseSchema.parse(body).indicators.map((i) => i.id).reverse();
      const series = SeriesResponseSchema.parse((await get(`/api/v1/series?indicators=${ids.join(',')}&from=2021&to=2023`)).body).series;
      expect(series.map((s) => s.indicatorId)).toEqual(ids);
      for (const s of series) for (const p of s.points) expect(Number(p.period)).toBeGreaterThanOrEqual(2021);
      for (const s of series) for (const p of s.points) expect(Number(p.period)).toBeLessThanOrEqual(2023);
    });

    it('returns every series of a domain in one request, in the indicators’ order', async () => {
      const { body } = await get('/api/v1/indicators?domain=materials');
      const ids = IndicatorsResponseSchema.parse(body).indicators.map((i) => i.id);
      const byDomain = SeriesResponseSchema.parse((await get('/api/v1/series?domain=materials&to=2024')).body).series;
      expect(byDomain.map((s) => s.indicatorId)).toEqual(ids);
      const byIds = SeriesResponseSchema.parse((await get(`/api/v1/series?indicators=${ids.join(',')}&to=2024`)).body).series;
      expect(byDomain).toEqual(byIds);
    });

    it('names the regions, the main one first, and answers a series per indicator and region asked', async () => {
      const { entities } = DomainsResponseSchema.parse((await get('/api/v1/domains')).body);
      expect(entities?.map((entity) => `${entity.id}:${entity.kind}`)).toEqual(['chongqing:city', 'china:country']);
      const main = SeriesResponseSchema.parse((await get('/api/v1/series?indicators=gdp')).body).series;
      expect(main.map((s) => s.entityId)).toEqual(['chongqing']);
      const both = SeriesResponseSchema.parse((await get('/api/v1/series?indicators=gdp&entities=chongqing,china')).body).series;
      expect(both.map((s) => s.entityId)).toEqual(['chongqing', 'china']);
      expect(both[1]?.points.find((p) => p.period === '2024')?.value).toBe(1349084);
      const chinaOnly = IndicatorsResponseSchema.parse((await get('/api/v1/indicators?domain=nev&entities=china')).body).indicators.map((i) => i.id);
      expect(chinaOnly).toContain('nev_sales_caam');
      expect(chinaOnly).not.toContain('nev_production_jan_sep'); // Chongqing's alone
      expect((await get('/api/v1/series?domain=nev&entities=atlantis')).status).toBe(400);
    });

    it('filters facts by domain and entity, case-insensitively', async () => {
      const { facts } = FactsResponseSchema.parse((await get('/api/v1/facts?domain=nev&entity=seres')).body);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.every((f) => f.entity === 'Seres' && f.domain === 'nev')).toBe(true);
    });

    it('lists sources', async () => {
      const { body } = await get('/api/v1/sources');
      expect(SourcesResponseSchema.parse(body).sources.some((s) => s.id === 'article')).toBe(true);
    });
  });

  describe(`${name}: v1 API, languages`, () => {
    it.each(['fr', 'zh'] as const)('writes texts in %s and keeps every figure, id and unit', async (lang) => {
      const english = IndicatorsResponseSchema.parse((await get('/api/v1/indicators?domain=nev')).body).indicators;
      const translated = IndicatorsResponseSchema.parse((await get(`/api/v1/indicators?domain=nev&lang=${lang}`)).body).indicators;
      expect(translated.map(({ title: _t, description: _d, ...rest }) => rest)).toEqual(english.map(({ title: _t, description: _d, ...rest }) => rest));
      expect(translated.find((i) => i.id === 'nev_production')?.title).not.toBe(english.find((i) => i.id === 'nev_production')?.title);
      const ids = english.map((i) => i.id).join(',');
      const values = (body: unknown) => SeriesResponseSchema.parse(body).series.map((s) => s.points.map(({ note: _n, alternatives, ...p }) => ({ ...p, alternatives: alternatives?.map(({ note: _a, ...a }) => a) })));
      expect(values((await get(`/api/v1/series?indicators=${ids}&lang=${lang}`)).body)).toEqual(values((await get(`/api/v1/series?indicators=${ids}`)).body));
    });

    it('keeps the entity id in every language, with its name in the language asked', async () => {
      const { facts } = FactsResponseSchema.parse((await get('/api/v1/facts?domain=nev&entity=Seres&lang=zh')).body);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.every((f) => f.entity === 'Seres' && f.entityName === '赛力斯')).toBe(true);
    });

    it('answers 400 for a language it does not have', async () => {
      const { status, body } = await get('/api/v1/domains?lang=de');
      expect(status).toBe(400);
      expect(ErrorBodySchema.parse(body).error.message).toMatch(/Unknown language "de"/);
    });
  });

  describe(`${name}: v1 API, bad requests`, () => {
    it.each([
      ['/api/v1/indicators?domain=space', 400, /Unknown domain/],
      ['/api/v1/facts?domain=', 400, /Unknown domain/],
      ['/api/v1/series', 400, /indicators.*domain.*required/],
      ['/api/v1/series?domain=space', 400, /Unknown domain/],
      ['/api/v1/series?domain=nev&indicators=gdp', 400, /not both/],
      ['/api/v1/series?indicators=', 400, /required/],
      ['/api/v1/series?indicators=gdp,nope', 400, /Unknown indicator.*nope/],
      ['/api/v1/series?indicators=gdp&from=twenty', 400, /four-digit year/],
      ['/api/v1/series?indicators=gdp&to=1990', 400, /between/],
      ['/api/v1/series?indicators=gdp&from=2024&to=2020', 400, /reversed/],
      ['/api/v1/unknown', 404, /No route/],
      ['/api/v2/domains', 404, /No (route|API version)/],
    ])('%s answers %i with a JSON error', async (path, status, message) => {
      const response = await get(path);
      expect(response.status).toBe(status);
      const { error } = ErrorBodySchema.parse(response.body);
      expect(error.code).toBe(status === 400 ? 'bad_request' : 'not_found');
      expect(error.message).toMatch(message);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    });
  });

  describe(`${name}: v1 API, datasets`, () => {
    it('lists the bundled dataset as the default', async () => {
      const { status, body } = await get('/api/v1/datasets');
      expect(status).toBe(200);
      const { datasets } = DatasetsResponseSchema.parse(body);
      expect(datasets.filter((dataset) => dataset.isDefault).map((dataset) => dataset.name)).toEqual([BUNDLED_DATASET]);
      expect(datasets.find((dataset) => dataset.name === BUNDLED_DATASET)).toMatchObject({ title: expect.stringMatching(/Chongqing/), observations: expect.any(Number) });
    });

    it.each(['/api/v1/domains?lang=zh', '/api/v1/indicators?domain=nev', '/api/v1/series?indicators=gdp&entities=chongqing,china&from=2021', '/api/v1/facts?domain=nev', '/api/v1/sources', '/api/v1/series?domain=space'])(
      'answers %s for the bundled dataset named as for none',
      async (path) => {
        expect(await get(`${path}&dataset=${BUNDLED_DATASET}`.replace('/sources&', '/sources?'))).toEqual(await get(path));
      },
    );

    it('answers 404 for a dataset it does not have, naming those it has', async () => {
      const { status, body } = await get('/api/v1/series?indicators=gdp&dataset=nope');
      expect(status).toBe(404);
      expect(ErrorBodySchema.parse(body).error).toEqual({ code: 'not_found', message: expect.stringMatching(new RegExp(`No dataset "nope"\\. Known: .*${BUNDLED_DATASET}`)) });
    });

    it('answers 400 for a dataset name no dataset can have, before any other parameter', async () => {
      const { status, body } = await get('/api/v1/indicators?domain=space&dataset=BAD%20NAME');
      expect(status).toBe(400);
      expect(ErrorBodySchema.parse(body).error).toEqual({ code: 'bad_request', message: expect.stringMatching(/Parameter "dataset" must be a dataset name.*"BAD NAME"/) });
    });
  });
}
