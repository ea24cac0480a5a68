// The mock API answers as a real server would: the contract's shapes on success, a JSON error
// with the right status for every bad request. Requests go through msw/node, as the app's do.
import { describe, expect, it } from 'vitest';
import {
  DomainsResponseSchema,
  ErrorBodySchema,
  FactsResponseSchema,
  IndicatorsResponseSchema,
  SeriesResponseSchema,
  SourcesResponseSchema,
} from '../../src/api/contract';

const get = async (path: string) => {
  const response = await fetch(`http://localhost:3000${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
};

describe('v1 API, happy path', () => {
  it('lists the four domains', async () => {
    const { status, body } = await get('/api/v1/domains');
    expect(status).toBe(200);
    expect(DomainsResponseSchema.parse(body).domains.map((d) => d.id)).toEqual(['macro', 'nev', 'electronics', 'materials']);
  });

  it('lists a domain’s indicators with the sources their points cite', async () => {
    const { body } = await get('/api/v1/indicators?domain=nev');
    const { indicators } = IndicatorsResponseSchema.parse(body);
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.every((i) => i.domain === 'nev' && i.sourceIds.length > 0)).toBe(true);
    expect(body).not.toHaveProperty('indicators.0.points');
  });

  it('returns series limited to the requested years', async () => {
    const { body } = await get('/api/v1/indicators?domain=nev');
    const ids = IndicatorsResponseSchema.parse(body).indicators.map((i) => i.id);
    const series = await get(`/api/v1/series?indicators=${ids.join(',')}&from=2021&to=2023`);
    const parsed = SeriesResponseSchema.parse(series.body);
    expect(parsed.series.map((s) => s.indicatorId)).toEqual(ids);
    for (const s of parsed.series) for (const p of s.points) expect(Number(p.period)).toBeGreaterThanOrEqual(2021);
    for (const s of parsed.series) for (const p of s.points) expect(Number(p.period)).toBeLessThanOrEqual(2023);
  });

  it('filters facts by domain and entity, case-insensitively', async () => {
    const { body } = await get('/api/v1/facts?domain=nev&entity=seres');
    const { facts } = FactsResponseSchema.parse(body);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.entity === 'Seres' && f.domain === 'nev')).toBe(true);
  });

  it('lists sources', async () => {
    const { body } = await get('/api/v1/sources');
    expect(SourcesResponseSchema.parse(body).sources.some((s) => s.id === 'article')).toBe(true);
  });
});

describe('v1 API, bad requests', () => {
  it.each([
    ['/api/v1/indicators?domain=space', 400, /Unknown domain/],
    ['/api/v1/facts?domain=', 400, /Unknown domain/],
    ['/api/v1/series', 400, /indicators.*required/],
    ['/api/v1/series?indicators=', 400, /required/],
    ['/api/v1/series?indicators=gdp,nope', 400, /Unknown indicator.*nope/],
    ['/api/v1/series?indicators=gdp&from=twenty', 400, /four-digit year/],
    ['/api/v1/series?indicators=gdp&to=1990', 400, /between/],
    ['/api/v1/series?indicators=gdp&from=2024&to=2020', 400, /reversed/],
    ['/api/v1/unknown', 404, /No route/],
    ['/api/v2/domains', 404, /No API version/],
  ])('%s answers %i with a JSON error', async (path, status, message) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    const { error } = ErrorBodySchema.parse(response.body);
    expect(error.code).toBe(status === 400 ? 'bad_request' : 'not_found');
    expect(error.message).toMatch(message);
  });
});
