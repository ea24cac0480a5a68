import { describe, expect, it } from 'vitest';
import { embedAddress, embedPageFor, fullViewAddress, isLocalDataset, NON_FILTER_PARAMS, viewLink } from './url';
import { parseFilters } from './filters-url';

const at = (href: string) => ({ href, search: new URL(href).search });

describe('the addresses of a view and of its embed', () => {
  it('points the embed at embed.html with the view’s filters and language, and without the reader’s own state', () => {
    expect(embedAddress('macro-gdp', 'zh', at('https://dash.example/cq/?from=2021&mode=yoy&macro.ind=gdp,industrial_va&lang=fr&present=2&theme=dark&deck=x'))).toBe(
      'https://dash.example/cq/embed.html?embed=macro-gdp&from=2021&mode=yoy&macro.ind=gdp,industrial_va&lang=zh',
    );
  });

  it('leads from the embed back to the same view in the full dashboard', () => {
    expect(fullViewAddress(at('https://dash.example/cq/embed.html?embed=macro-gdp&from=2021&lang=fr'))).toBe('https://dash.example/cq/?from=2021&lang=fr');
    expect(fullViewAddress(at('https://dash.example/embed.html?embed=macro-gdp'))).toBe('https://dash.example/');
  });

  it('links to the view without the show, the presenter view or the deck, keeping the language, theme and filters', () => {
    expect(viewLink(at('https://dash.example/cq/?from=2021&lang=fr&present=3&presenter=1&theme=dark'))).toBe('https://dash.example/cq/?from=2021&lang=fr&theme=dark');
  });

  it('gives no link to a dataset opened from the reader’s files, which lives in their browser only', () => {
    const local = at('https://dash.example/?dataset=my-package-1a2b&lang=en');
    expect(isLocalDataset(local.search)).toBe(true);
    expect(isLocalDataset('?lang=en')).toBe(false);
    expect(viewLink(local)).toBeUndefined();
    expect(fullViewAddress(at('https://dash.example/embed.html?embed=macro-gdp&dataset=my-package-1a2b'))).toBe('https://dash.example/?dataset=my-package-1a2b');
  });
});

describe('the embed parameter', () => {
  it('sends a dashboard link asking for one chart to the embed’s own page, with the whole query', () => {
    expect(embedPageFor({ href: 'https://dash.example/cq/?embed=macro-gdp&lang=fr', search: '?embed=macro-gdp&lang=fr' })).toBe(
      'https://dash.example/cq/embed.html?embed=macro-gdp&lang=fr',
    );
    expect(embedPageFor({ href: 'https://dash.example/?lang=fr', search: '?lang=fr' })).toBeNull();
  });

  it('is no filter, and no unknown parameter either', () => {
    expect(NON_FILTER_PARAMS).toContain('embed');
    expect(parseFilters('?embed=macro-gdp').rejected).toEqual([]);
  });
});
