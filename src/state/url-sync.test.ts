import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterActions, useFilterStore } from './filters';
import { changeLanguage } from './language';
import { LAST_VIEW_KEY } from './start-params';
import { startUrlSync } from './url-sync';
import { flushUrlWrites } from './url-writes';

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
    flushUrlWrites();
    expect(window.location.search).toBe('?mode=index');
    filterActions.chartTypeChanged('nev', 'bar');
    flushUrlWrites();
    expect(window.location.search).toBe('?mode=index&nev.chart=bar');
    expect(window.history.length).toBe(before + 2);
  });

  it('writes a change after the frame that shows it, one entry for changes within a frame', async () => {
    open('');
    const before = window.history.length;
    filterActions.valueModeChanged('index');
    filterActions.fromYearChanged(2022);
    expect(window.location.search).toBe(''); // not yet: the chart is drawn first
    await vi.waitFor(() => expect(window.location.search).toBe('?from=2022&mode=index'));
    expect(window.history.length).toBe(before + 1);
  });

  it('writes a waiting change when the page is hidden, so the last view is remembered', () => {
    open('');
    filterActions.valueModeChanged('yoy');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe('mode=yoy');
  });

  it('follows back and forward', () => {
    open('');
    filterActions.valueModeChanged('index');
    window.history.replaceState(null, '', '/?mode=yoy&from=2022');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useFilterStore.getState()).toMatchObject({ mode: 'yoy', from: 2022 });
  });

  it('keeps lang in the URL while filters change', () => {
    open('?lang=en');
    filterActions.valueModeChanged('yoy');
    flushUrlWrites();
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
    expect(useFilterStore.getState()).toMatchObject({ from: 2020, to: 2025, mode: 'absolute' });
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

  it('remembers the view for next time', () => {
    open('');
    filterActions.fromYearChanged(2023);
    flushUrlWrites();
    expect(window.localStorage.getItem(LAST_VIEW_KEY)).toBe('from=2023');
  });
});

describe('URL writers in order', () => {
  it('writes a waiting filter change before the language rewrites the address', async () => {
    window.history.replaceState(null, '', '/');
    const stopSync = startUrlSync();
    const before = window.history.length;
    filterActions.valueModeChanged('yoy'); // waits for its frame
    await changeLanguage('fr');
    expect(window.history.length).toBe(before + 1); // the filter change's own entry
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('yoy');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('fr');
    window.history.back();
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('mode')).toBeNull());
    expect(new URLSearchParams(window.location.search).get('lang')).toBeNull(); // the older entry never got lang
    stopSync();
    await changeLanguage('en', { writeUrl: false });
  });
});
