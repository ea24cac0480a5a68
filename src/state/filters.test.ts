import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterActions, useFilterStore } from './filters';
import { defaultFilters, defaultPanelChoice, panelChoiceOf } from './filters-schema';

const state = () => useFilterStore.getState();

describe('filter store', () => {
  beforeEach(() => filterActions.yearBoundsKnown({ min: 2019, max: 2025 }));
  afterEach(() => useFilterStore.setState({ years: null, domainIds: null, entities: null }));

  it('keeps from <= to when one end passes the other', () => {
    filterActions.fromYearChanged(2024);
    filterActions.toYearChanged(2021);
    expect([state().from, state().to]).toEqual([2021, 2021]);
    filterActions.yearRangeChanged(2024, 2019);
    expect([state().from, state().to]).toEqual([2019, 2024]);
  });

  it('clamps years to the data, and keeps its latest year as null so the view follows newer data', () => {
    filterActions.yearRangeChanged(1900, 3000);
    expect([state().from, state().to]).toEqual([2019, null]);
  });

  it('corrects and reports a linked year outside the data once the API has said its years', () => {
    filterActions.filtersLoaded({ ...defaultFilters(), from: 2012, to: 2031 });
    filterActions.yearBoundsKnown({ min: 2019, max: 2026 });
    expect([state().from, state().to]).toEqual([2019, null]);
    expect(state().rejected.map((r) => `${r.param}=${r.value}`)).toEqual(['from=2012', 'to=2031']);
  });

  it('corrects and reports a loaded year outside the data when the years are already known', () => {
    filterActions.filtersLoaded({ ...defaultFilters(), from: 2012, to: 2031 }, []);
    expect([state().from, state().to]).toEqual([2019, null]);
    expect(state().rejected.map((r) => `${r.param}=${r.value}`)).toEqual(['from=2012', 'to=2031']);
  });

  it('toggles panels in the data’s order, all of them shown being the default', () => {
    const offered = ['macro', 'nev', 'electronics', 'materials'];
    filterActions.domainToggled('macro', offered);
    expect(state().domains).toEqual(['nev', 'electronics', 'materials']);
    filterActions.domainToggled('materials', offered);
    filterActions.domainToggled('macro', offered);
    expect(state().domains).toEqual(['macro', 'nev', 'electronics']);
    filterActions.domainToggled('materials', offered);
    expect(state().domains).toBeNull();
  });

  it('changes one panel without touching the others', () => {
    filterActions.chartTypeChanged('nev', 'bar');
    filterActions.indicatorsChanged('nev', ['nev_production']);
    expect(state().panels).toEqual({ nev: { indicators: ['nev_production'], chart: 'bar', view: 'chart', company: null, regions: [] } });
    expect(panelChoiceOf(state().panels, 'macro')).toEqual(defaultPanelChoice());
  });

  it('resets everything', () => {
    filterActions.valueModeChanged('index');
    filterActions.companyChanged('nev', 'Seres');
    filterActions.filtersReset();
    const { rejected, ...filters } = state();
    expect(filters).toMatchObject(defaultFilters());
    expect(rejected).toEqual([]);
  });

  describe('against the data’s panels', () => {
    const bundled = ['macro', 'nev', 'electronics', 'materials'];

    it('drops and reports the panels a link names that the data does not have, once it says its panels', () => {
      filterActions.filtersLoaded({ ...defaultFilters(), domains: ['water', 'nev'], panels: { water: { ...defaultPanelChoice(), chart: 'bar' }, nev: { ...defaultPanelChoice(), view: 'table' } } });
      expect(state().domains).toEqual(['water', 'nev']); // pending: the data has not said its panels
      filterActions.domainsKnown(bundled);
      expect(state().domains).toEqual(['nev']);
      expect(state().panels).toEqual({ nev: { ...defaultPanelChoice(), view: 'table' } });
      expect(state().rejected).toEqual([
        { param: 'domains', value: 'water', reason: 'unknown_panel' },
        { param: 'water.chart', value: 'bar', reason: 'unknown_panel' },
      ]);
    });

    it('drops them at once when the data’s panels are known already, as Back brings them', () => {
      filterActions.domainsKnown(['energy', 'water']);
      filterActions.filtersLoaded({ ...defaultFilters(), domains: ['nev', 'water'] }, []);
      expect(state().domains).toEqual(['water']);
      expect(state().rejected).toEqual([{ param: 'domains', value: 'nev', reason: 'unknown_panel' }]);
    });

    it('shows every panel when a link names none the data has, or all of them; the rest in the data’s order', () => {
      filterActions.filtersLoaded({ ...defaultFilters(), domains: ['space'] });
      filterActions.domainsKnown(bundled);
      expect(state().domains).toBeNull();
      filterActions.filtersLoaded({ ...defaultFilters(), domains: ['materials', 'nev', 'macro', 'electronics'] });
      expect(state().domains).toBeNull();
      filterActions.filtersLoaded({ ...defaultFilters(), domains: ['materials', 'macro'] });
      expect(state().domains).toEqual(['macro', 'materials']);
      filterActions.filtersLoaded({ ...defaultFilters(), domains: [] });
      expect(state().domains).toEqual([]);
    });
  });

  describe('against the data’s regions', () => {
    const bundled = { ids: ['chongqing', 'china'], hasCountry: true };

    it('keeps a panel’s regions in the data’s order, the main region alone being the default', () => {
      filterActions.entitiesKnown(bundled);
      filterActions.regionsChanged('macro', ['china', 'chongqing']);
      expect(panelChoiceOf(state().panels, 'macro').regions).toEqual(['chongqing', 'china']);
      filterActions.regionsChanged('macro', ['chongqing']);
      expect(state().panels).toEqual({});
      filterActions.regionsChanged('macro', ['china']);
      expect(panelChoiceOf(state().panels, 'macro').regions).toEqual(['china']);
    });

    it('drops and reports the regions a link names that the data does not have, once it says its regions', () => {
      filterActions.filtersLoaded({ ...defaultFilters(), panels: { macro: { ...defaultPanelChoice(), regions: ['china', 'atlantis'] }, nev: { ...defaultPanelChoice(), regions: ['mars'] } } });
      expect(panelChoiceOf(state().panels, 'macro').regions).toEqual(['china', 'atlantis']); // pending
      filterActions.entitiesKnown(bundled);
      expect(state().panels).toEqual({ macro: { ...defaultPanelChoice(), regions: ['china'] } });
      expect(state().rejected).toEqual([
        { param: 'macro.regions', value: 'atlantis', reason: 'unknown_region' },
        { param: 'nev.regions', value: 'mars', reason: 'unknown_region' },
      ]);
    });

    it('drops them at once when the regions are known already, as Back brings them', () => {
      filterActions.entitiesKnown(bundled);
      filterActions.filtersLoaded({ ...defaultFilters(), panels: { nev: { ...defaultPanelChoice(), regions: ['china', 'chongqing', 'hubei'] } } }, []);
      expect(panelChoiceOf(state().panels, 'nev').regions).toEqual(['chongqing', 'china']);
      expect(state().rejected).toEqual([{ param: 'nev.regions', value: 'hubei', reason: 'unknown_region' }]);
    });

    it('falls back from the share of the national total when the data has no country, and says so', () => {
      filterActions.filtersLoaded({ ...defaultFilters(), mode: 'share' });
      filterActions.entitiesKnown({ ids: ['chongqing'], hasCountry: false });
      expect(state().mode).toBe('absolute');
      expect(state().rejected).toEqual([{ param: 'mode', value: 'share', reason: 'invalid_value' }]);
    });

    it('keeps the share mode when the data has a country', () => {
      filterActions.entitiesKnown(bundled);
      filterActions.filtersLoaded({ ...defaultFilters(), mode: 'share' }, []);
      expect(state().mode).toBe('share');
      expect(state().rejected).toEqual([]);
    });
  });
});
