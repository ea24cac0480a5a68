import { describe, expect, it } from 'vitest';
import { defaultFilters, defaultPanelChoice } from './filters-schema';
import { parseFilters, serializeFilters } from './filters-url';

describe('serializeFilters', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilters(defaultFilters())).toBe('');
  });

  it('writes only what differs, readably', () => {
    const filters = defaultFilters();
    filters.from = 2021;
    filters.mode = 'index';
    filters.domains = ['macro', 'nev'];
    filters.showMilestones = false;
    filters.panels = { nev: { indicators: ['nev_production', 'auto_production'], chart: 'bar', view: 'table', company: 'Seres', regions: ['chongqing', 'china'] } };
    expect(serializeFilters(filters)).toBe('from=2021&mode=index&domains=macro,nev&milestones=off&nev.ind=nev_production,auto_production&nev.chart=bar&nev.view=table&nev.company=Seres&nev.regions=chongqing,china');
  });
});

describe('parseFilters', () => {
  it('round-trips a serialised state', () => {
    const filters = defaultFilters();
    filters.from = 2019;
    filters.to = 2023;
    filters.mode = 'share';
    filters.panels = { electronics: { ...defaultPanelChoice(), chart: 'area' }, macro: { ...defaultPanelChoice(), indicators: ['gdp'], regions: ['china'] } };
    const parsed = parseFilters(`?${serializeFilters(filters)}`);
    expect(parsed.filters).toEqual(filters);
    expect(parsed.rejected).toEqual([]);
  });

  it.each([
    ['from=abc', 'from', 'invalid_value'],
    ['from=-2021', 'from', 'invalid_value'],
    ['to=20245', 'to', 'invalid_value'],
    ['mode=log', 'mode', 'invalid_value'],
    ['milestones=maybe', 'milestones', 'invalid_value'],
    ['domains=macro,Space!', 'domains', 'invalid_value'],
    ['domains=', 'domains', 'invalid_value'],
    ['domains=macro,,nev', 'domains', 'invalid_value'],
    ['nev.view=grid', 'nev.view', 'invalid_value'],
    ['nev.chart=pie', 'nev.chart', 'invalid_value'],
    ['nev.ind=<script>', 'nev.ind', 'invalid_value'],
    ['nev.company=%3Cimg%3E', 'nev.company', 'invalid_value'],
    ['nev.regions=china,,chongqing', 'nev.regions', 'invalid_value'],
    ['nev.regions=', 'nev.regions', 'invalid_value'],
    ['nev.regions=Hong%20Kong', 'nev.regions', 'invalid_value'],
    ['Space.chart=bar', 'Space.chart', 'unknown_param'],
    ['_space.chart=bar', '_space.chart', 'unknown_param'],
    ['nev.colour=red', 'nev.colour', 'unknown_param'],
    ['utm_source=mail', 'utm_source', 'unknown_param'],
  ])('falls back to defaults for %s and reports it', (query, param, reason) => {
    const { filters, rejected } = parseFilters(query);
    const defaults = defaultFilters();
    expect(filters).toEqual(defaults);
    expect(rejected).toEqual([expect.objectContaining({ param, reason })]);
  });

  it('round-trips a dashboard with every panel hidden', () => {
    const filters = defaultFilters();
    filters.domains = [];
    expect(serializeFilters(filters)).toBe('domains=none');
    expect(parseFilters('domains=none')).toEqual({ filters, rejected: [] });
  });

  it('keeps the valid parameters of a partly bad link', () => {
    const { filters, rejected } = parseFilters('from=2021&to=banana&mode=yoy');
    expect(filters.from).toBe(2021);
    expect(filters.to).toBe(defaultFilters().to);
    expect(filters.mode).toBe('yoy');
    expect(rejected).toHaveLength(1);
  });

  it('resets a reversed range and says so', () => {
    const { filters, rejected } = parseFilters('from=2024&to=2020');
    expect([filters.from, filters.to]).toEqual([defaultFilters().from, defaultFilters().to]);
    expect(rejected[0]?.reason).toBe('reversed_range');
  });

  it('takes the first of repeated parameters', () => {
    const { filters, rejected } = parseFilters('mode=yoy&mode=index');
    expect(filters.mode).toBe('yoy');
    expect(rejected[0]).toMatchObject({ param: 'mode', reason: 'repeated' });
  });

  it('accepts lang, which belongs to the i18n layer', () => {
    expect(parseFilters('lang=fr').rejected).toEqual([]);
  });

  it('shortens very long values in the report', () => {
    const { rejected } = parseFilters(`mode=${'x'.repeat(5000)}`);
    expect(rejected[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('never throws on malformed percent-encoding', () => {
    expect(() => parseFilters('from=%E0%A4%A&to=%')).not.toThrow();
  });
});

describe('panels the data names', () => {
  it('takes any panel id a link names, pending until the data says which exist', () => {
    const { filters, rejected } = parseFilters('domains=water,energy&water.chart=bar&energy.ind=coal_output');
    expect(rejected).toEqual([]);
    expect(filters.domains).toEqual(['water', 'energy']);
    expect(filters.panels).toEqual({ water: { ...defaultPanelChoice(), chart: 'bar' }, energy: { ...defaultPanelChoice(), indicators: ['coal_output'] } });
  });

  it('writes the panels’ choices in the data’s order, then any other by id', () => {
    const { filters } = parseFilters('zinc.chart=bar&water.view=table&energy.chart=area');
    expect(serializeFilters(filters, ['water', 'energy'])).toBe('water.view=table&energy.chart=area&zinc.chart=bar');
    expect(serializeFilters(filters)).toBe('energy.chart=area&water.view=table&zinc.chart=bar');
  });

  it('reads a panel called like an Object property as any other', () => {
    const { filters, rejected } = parseFilters('constructor.chart=bar&tostring.view=table');
    expect(rejected).toEqual([]);
    expect(filters.panels).toEqual({ constructor: { ...defaultPanelChoice(), chart: 'bar' }, tostring: { ...defaultPanelChoice(), view: 'table' } });
    expect(serializeFilters(parseFilters('hasownproperty.chart=bar').filters)).toBe('hasownproperty.chart=bar');
  });

  it('forgets a panel whose choices are back at the defaults, so its link is the default one', () => {
    const { filters } = parseFilters('nev.chart=line&nev.view=chart');
    expect(filters.panels).toEqual({});
    expect(serializeFilters(filters)).toBe('');
  });
});
