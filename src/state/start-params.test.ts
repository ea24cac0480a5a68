// What boot.ts asks for before the app has run must be what the app then starts with.
import { afterEach, describe, expect, it } from 'vitest';
import { parseFilters } from './filters-url';
import { LAST_VIEW_KEY, startingDomains, startingFilterQuery } from './start-params';

afterEach(() => window.localStorage.clear());

describe('startingDomains', () => {
  it('reads the panels from the link when it sets a filter, else from the last view', () => {
    window.localStorage.setItem(LAST_VIEW_KEY, 'domains=materials,nev&mode=yoy');
    expect(startingDomains('?domains=electronics')).toEqual(['electronics']);
    expect(startingDomains('?from=2021')).toEqual(['macro', 'nev', 'electronics', 'materials']); // the link wins, all panels
    expect(startingDomains('?lang=fr')).toEqual(['nev', 'materials']); // no filter in the link: the last view
    expect(startingDomains('')).toEqual(['nev', 'materials']);
  });

  it('agrees with the app’s parser, invalid and empty lists included', () => {
    for (const search of ['', '?domains=none', '?domains=nev,nev', '?domains=mars', '?domains=', '?domains=materials,macro&domains=nev', '?lang=zh&domains=electronics']) {
      expect(startingDomains(search), search).toEqual(parseFilters(startingFilterQuery(search).query).filters.domains);
    }
  });
});
