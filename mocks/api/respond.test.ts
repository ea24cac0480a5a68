import { describe, expect, it } from 'vitest';
import { madeUpApi } from '../../tests/fixtures/made-up-dataset';
import { bundledApi } from './bundled';

const query = (params: Record<string, string>) => new URLSearchParams(params);

describe('the request functions over any dataset', () => {
  it('know the domains of the dataset they answer for, not the bundled ones', () => {
    expect(madeUpApi.getDomains(query({})).body).toMatchObject({ domains: [{ id: 'energy' }, { id: 'water' }], years: { min: 2021, max: 2024 } });
    expect(madeUpApi.getSeries(query({ domain: 'water' }))).toMatchObject({ status: 200, body: { series: [{ indicatorId: 'water_supplied', unit: 'cubic metres' }] } });
    expect(madeUpApi.getIndicators(query({ domain: 'energy' })).body).toMatchObject({ indicators: [{ id: 'coal_output', unit: 'tonnes', shortUnit: 't', decimals: 1 }] });
    expect(madeUpApi.getFacts(query({ domain: 'macro' }))).toMatchObject({ status: 400, body: { error: { message: 'Unknown domain "macro". Known: energy, water.' } } });
    expect(bundledApi.getSeries(query({ domain: 'water' }))).toMatchObject({ status: 400, body: { error: { message: 'Unknown domain "water". Known: macro, nev, electronics, materials.' } } });
  });
});
