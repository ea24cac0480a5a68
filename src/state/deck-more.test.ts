import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SLIDES, deckActions, toDeck, toDeckSlide, useDeckStore } from './deck';
import { filterActions, useFilterStore } from './filters';

const view = { domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line' } as const;

describe('deck safeguards', () => {
  it('refuses a view that could not be kept, instead of corrupting the stored deck', () => {
    deckActions.deckCleared();
    expect(deckActions.slideAdded({ ...view, indicators: Array.from({ length: 13 }, (_, i) => `i${i}`) })).toBe(false);
    expect(deckActions.slideAdded({ ...view, indicators: ['nev_production'] })).toBe(true);
    expect(useDeckStore.getState().slides).toHaveLength(1);
  });

  it('refuses a view the deck already has, whatever its title and note', () => {
    deckActions.deckCleared();
    expect(deckActions.slideAdded({ ...view, indicators: ['nev_production'] })).toBe(true);
    deckActions.slideEdited(useDeckStore.getState().slides[0]!.id, { title: 'Renamed', note: 'A note' });
    expect(deckActions.slideAdded({ ...view, indicators: ['nev_production'] })).toBe(false);
    expect(deckActions.slideAdded({ ...view, indicators: ['nev_production'], mode: 'yoy' })).toBe(true);
    expect(useDeckStore.getState().slides).toHaveLength(2);
  });

  it('keeps the deck a link replaced, and restores it on request', () => {
    deckActions.deckCleared();
    deckActions.slideAdded({ ...view, indicators: ['nev_production'] });
    const mine = useDeckStore.getState().slides;
    deckActions.deckLoaded([{ ...view, indicators: ['auto_production'], id: 'linked' }]);
    expect(useDeckStore.getState().replaced).toEqual(mine);
    deckActions.replacedDeckRestored();
    expect(useDeckStore.getState().slides).toEqual(mine);
    expect(useDeckStore.getState().replaced).toBeNull();
  });
});

describe('a deck against the data’s years', () => {
  const inside = { ...view, indicators: ['nev_production'], id: 'in' };
  const outside = { ...inside, id: 'out', from: 2012 };
  afterEach(() => useFilterStore.setState({ years: null, rejected: [] }));

  it('drops and reports slides outside the years when the years come after the deck', () => {
    deckActions.deckLoaded([inside, outside]);
    expect(useDeckStore.getState().slides).toHaveLength(2);
    filterActions.yearBoundsKnown({ min: 2019, max: 2025 });
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['in']);
    expect(useFilterStore.getState().rejected).toEqual([{ param: 'deck', value: '2012-2024', reason: 'invalid_value' }]);
  });

  it('drops and reports slides outside the years when the deck comes after the years', () => {
    filterActions.yearBoundsKnown({ min: 2019, max: 2025 });
    deckActions.deckLoaded([inside, { ...outside, from: 2020, to: 2030 }]);
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['in']);
    expect(useFilterStore.getState().rejected).toEqual([{ param: 'deck', value: '2020-2030', reason: 'invalid_value' }]);
  });
});

describe('a deck against the data’s panels', () => {
  afterEach(() => useFilterStore.setState({ domainIds: null, rejected: [] }));
  const water = { ...view, domain: 'water', indicators: ['river_flow'], id: 'w' };
  const nev = { ...view, indicators: ['nev_production'], id: 'n' };

  it('keeps a slide of any panel until the data has said its panels, then drops and reports those it lacks', () => {
    deckActions.deckLoaded([water, nev]);
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['w', 'n']);
    filterActions.domainsKnown(['energy', 'water']);
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['w']);
    expect(useFilterStore.getState().rejected).toEqual([{ param: 'deck', value: 'nev', reason: 'unknown_panel' }]);
  });

  it('drops them at once when the deck comes after the data’s panels', () => {
    filterActions.domainsKnown(['energy', 'water']);
    deckActions.deckLoaded([nev, water]);
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['w']);
  });
});

describe('a deck against the data’s regions', () => {
  afterEach(() => useFilterStore.setState({ entities: null, rejected: [] }));

  it('keeps a slide’s regions, and drops and reports a slide naming a region the data lacks once it has said its regions', () => {
    const sideBySide = { ...view, indicators: ['nev_production'], id: 'r', regions: ['chongqing', 'china'] };
    expect(toDeckSlide(sideBySide)).toEqual(sideBySide);
    expect(toDeckSlide({ ...sideBySide, regions: [] })).toBeNull();
    expect(toDeckSlide({ ...sideBySide, regions: ['<b>'] })).toBeNull();
    deckActions.deckLoaded([sideBySide, { ...view, indicators: ['nev_production'], id: 'm', regions: ['mars'] }]);
    filterActions.entitiesKnown({ ids: ['chongqing', 'china'], hasCountry: true });
    expect(useDeckStore.getState().slides.map((s) => s.id)).toEqual(['r']);
    expect(useFilterStore.getState().rejected).toEqual([{ param: 'deck', value: 'mars', reason: 'unknown_region' }]);
  });
});

describe('toDeckSlide and toDeck', () => {
  const slide = { ...view, id: 's1', title: 'NEV', note: 'Say it slowly.' };

  it('accepts a valid slide and drops fields that are not choices', () => {
    expect(toDeckSlide({ ...slide, data: [1, 2, 3], __proto__x: 1 })).toEqual(slide);
    expect(toDeckSlide({ ...view, id: 's2' })).toEqual({ ...view, id: 's2' });
    expect(toDeckSlide({ ...slide, domain: 'water-quality_2' })).toEqual({ ...slide, domain: 'water-quality_2' }); // any panel the data may have
  });

  it.each([
    ['a domain that is not an id', { ...slide, domain: 'New Energy' }],
    ['a domain over 40 characters', { ...slide, domain: 'x'.repeat(41) }],
    ['a year that is not a year', { ...slide, from: 99999 }],
    ['a reversed range', { ...slide, from: 2024, to: 2021 }],
    ['a float year', { ...slide, to: 2024.5 }],
    ['an unknown mode', { ...slide, mode: 'log' }],
    ['an unknown chart type', { ...slide, chart: 'pie' }],
    ['no indicator', { ...slide, indicators: [] }],
    ['an indicator id with markup', { ...slide, indicators: ['<img>'] }],
    ['a bad id', { ...slide, id: 'S 1' }],
    ['an over-long note', { ...slide, note: 'x'.repeat(2001) }],
    ['a title that is not text', { ...slide, title: 42 }],
    ['not an object', 'slide'],
    ['an array', [slide]],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(toDeckSlide(value)).toBeNull();
  });

  it('checks the years of a slide for format only: the data decides once its years are known', () => {
    filterActions.yearBoundsKnown({ min: 2019, max: 2025 });
    expect(toDeckSlide({ ...slide, from: 2012 })).not.toBeNull();
    useFilterStore.setState({ years: null });
  });

  it('takes a whole deck or nothing, up to the slide limit', () => {
    expect(toDeck([slide, { ...slide, id: 's2' }])).toHaveLength(2);
    expect(toDeck([slide, { ...slide, domain: '_nev' }])).toBeNull();
    expect(toDeck(Array.from({ length: MAX_SLIDES + 1 }, (_, i) => ({ ...slide, id: `s${i}` })))).toBeNull();
    expect(toDeck({ 0: slide })).toBeNull();
  });
});
