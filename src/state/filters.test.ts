import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterActions, useFilterStore } from './filters';
import { defaultFilters } from './filters-schema';

const state = () => useFilterStore.getState();

describe('filter store', () => {
  beforeEach(() => filterActions.yearBoundsKnown({ min: 2019, max: 2025 }));
  afterEach(() => useFilterStore.setState({ years: null }));

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

  it('toggles panels and keeps their canonical order', () => {
    filterActions.domainToggled('macro');
    expect(state().domains).toEqual(['nev', 'electronics', 'materials']);
    filterActions.domainToggled('macro');
    expect(state().domains).toEqual(['macro', 'nev', 'electronics', 'materials']);
  });

  it('changes one panel without touching the others', () => {
    filterActions.chartTypeChanged('nev', 'bar');
    filterActions.indicatorsChanged('nev', ['nev_production']);
    expect(state().panels.nev).toEqual({ indicators: ['nev_production'], chart: 'bar', view: 'chart', company: null });
    expect(state().panels.macro).toEqual(defaultFilters().panels.macro);
  });

  it('resets everything', () => {
    filterActions.valueModeChanged('index');
    filterActions.companyChanged('nev', 'Seres');
    filterActions.filtersReset();
    const { rejected, ...filters } = state();
    expect(filters).toMatchObject(defaultFilters());
    expect(rejected).toEqual([]);
  });
});
