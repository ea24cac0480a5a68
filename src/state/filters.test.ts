import { describe, expect, it } from 'vitest';
import { filterActions, useFilterStore } from './filters';
import { defaultFilters } from './filters-schema';

const state = () => useFilterStore.getState();

describe('filter store', () => {
  it('keeps from <= to when one end passes the other', () => {
    filterActions.fromYearChanged(2024);
    filterActions.toYearChanged(2021);
    expect([state().from, state().to]).toEqual([2021, 2021]);
    filterActions.yearRangeChanged(2025, 2019);
    expect([state().from, state().to]).toEqual([2019, 2025]);
  });

  it('clamps years to the dataset', () => {
    filterActions.yearRangeChanged(1900, 3000);
    expect([state().from, state().to]).toEqual([2019, 2025]);
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
