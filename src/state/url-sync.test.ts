import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetActions } from './datasets';
import { filterActions, useFilterStore } from './filters';
import { changeLanguage } from './language';
import { LAST_VIEW_KEY } from './url';
import { startUrlSync } from './url-sync';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync();
};

describe('URL sync', () => {
  it('loads filters from the link and reports what it ignored', () => {
    open('?from=2021&mode=yoy&bogus=1');
    expect(useFilterStore.getState()).toMatchObject({ from: 2021, mode: 'yoy' });
    expect(useFilterStore.getState().rejected).toEqual([expect.objectContaining({ param: 'bogus', reason: 'unknown_param' })]);
  });

  it('writes each filter change to the URL as a history entry', () => {
    open('');
    const before = window.history.length;
    filterActions.valueModeChanged('index');
    expect(window.location.search).toBe('?mode=index');
    filterActions.chartTypeChanged('nev', 'bar');
    expect(window.location.search).toBe('?mode=index&nev.chart=bar');
    expect(window.history.length).toBe(before + 2);
  });

  it('follows back and forward', () => {
    open('');
    filterActions.valueModeChanged('index');
    window.history.replaceState(null, '', '/?mode=yoy&from=2022');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFilterStore.getState()).toMatchObject({ mode: 'yoy', from: 2022 });
  });

  it('keeps the dataset shown in the address when Back restores an entry from before it was opened', () => {
    open('?mode=index');
    datasetActions.datasetShown('my-data-k3f9');
    expect(window.location.search).toBe('?mode=index&dataset=my-data-k3f9');
    window.history.replaceState(null, '', '/?mode=yoy');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFilterStore.getState().mode).toBe('yoy');
    expect(new URLSearchParams(window.location.search).get('dataset')).toBe('my-data-k3f9');
  });

  it('corrects and reports a year outside the data that Back restores, replacing the entry', () => {
    open('');
    filterActions.yearBoundsKnown({ min: 2019, max: 2025 });
    const before = window.history.length;
    window.history.replaceState(null, '', '/?from=2021&to=2030');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFilterStore.getState()).toMatchObject({ from: 2021, to: null });
    expect(useFilterStore.getState().rejected).toEqual([expect.objectContaining({ param: 'to', value: '2030', reason: 'invalid_value' })]);
    expect(window.location.search).toBe('?from=2021');
    expect(window.history.length).toBe(before);
    useFilterStore.setState({ years: null });
  });

  it('writes a panel’s regions to the link, follows Back to them, and corrects a region the data lacks in place', () => {
    open('?macro.regions=china,atlantis');
    filterActions.entitiesKnown({ ids: ['chongqing', 'china'], hasCountry: true });
    expect(window.location.search).toBe('?macro.regions=china');
    expect(useFilterStore.getState().rejected).toEqual([expect.objectContaining({ param: 'macro.regions', value: 'atlantis', reason: 'unknown_region' })]);
    const before = window.history.length;
    filterActions.regionsChanged('macro', ['chongqing', 'china']);
    expect(window.location.search).toBe('?macro.regions=chongqing,china');
    expect(window.history.length).toBe(before + 1);
    window.history.replaceState(null, '', '/?macro.regions=china');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFilterStore.getState().panels).toMatchObject({ macro: { regions: ['china'] } });
    useFilterStore.setState({ entities: null });
  });

  it('keeps lang in the URL while filters change', () => {
    open('?lang=en');
    filterActions.valueModeChanged('yoy');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
  });

  it('restores the last view when the link has no filters, and the link wins when it has', () => {
    window.localStorage.setItem(LAST_VIEW_KEY, 'from=2022&mode=index');
    open('');
    expect(useFilterStore.getState()).toMatchObject({ from: 2022, mode: 'index' });
    expect(window.location.search).toBe('?from=2022&mode=index');
    stop?.();
    open('?mode=yoy');
    expect(useFilterStore.getState()).toMatchObject({ from: 2020, mode: 'yoy' });
  });

  it('starts from defaults when stored state is corrupted', () => {
    window.localStorage.setItem(LAST_VIEW_KEY, '{"not":"a query"}%%%');
    open('');
    expect(useFilterStore.getState()).toMatchObject({ from: 2020, to: null, mode: 'absolute' });
    expect(useFilterStore.getState().rejected).toEqual([]);
  });

  it('remembers an opened link as the last view', () => {
    open('?mode=index&to=2024');
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe('to=2024&mode=index');
  });

  it('corrects unknown choices in place, without a new history entry', () => {
    open('?nev.ind=nev_production,zzz');
    const before = window.history.length;
    filterActions.unknownChoicesDropped('nev', { indicators: ['nev_production'] }, [{ param: 'nev.ind', value: 'zzz', reason: 'invalid_value' }]);
    expect(window.location.search).toBe('?nev.ind=nev_production');
    expect(window.history.length).toBe(before);
    expect(useFilterStore.getState().rejected).toHaveLength(1);
  });

  it('drops the panels the data lacks from the link once it says its panels, and orders the rest as it does, in place', () => {
    open('?domains=water,nev,macro&water.chart=bar&nev.view=table&macro.chart=area');
    expect(window.location.search).toBe('?domains=water,nev,macro&macro.chart=area&nev.view=table&water.chart=bar'); // pending
    const before = window.history.length;
    filterActions.domainsKnown(['macro', 'nev', 'electronics', 'materials']);
    expect(window.location.search).toBe('?domains=macro,nev&macro.chart=area&nev.view=table');
    expect(useFilterStore.getState().rejected.map((r) => `${r.param}=${r.value}`)).toEqual(['domains=water', 'water.chart=bar']);
    filterActions.domainsKnown(['nev', 'macro']);
    expect(window.location.search).toBe('?nev.view=table&macro.chart=area');
    expect(window.history.length).toBe(before);
    useFilterStore.setState({ domainIds: null });
  });

  it('remembers the view for next time', () => {
    open('');
    filterActions.fromYearChanged(2023);
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe('from=2023');
  });
});

describe('Back and Forward', () => {
  it('restores filters and language, and the remembered view follows them', async () => {
    open('');
    filterActions.valueModeChanged('yoy');
    await changeLanguage('fr');
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe('mode=yoy');
    window.history.back();
    await vi.waitFor(() => expect(useFilterStore.getState().mode).toBe('absolute'));
    expect(new URLSearchParams(window.location.search).get('lang')).toBeNull(); // the older entry never got lang
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe(''); // opening / again shows absolute values
    stop?.();
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    expect(useFilterStore.getState().mode).toBe('absolute');
    await changeLanguage('en', { writeUrl: false });
  });
});
