import { describe, expect, it } from 'vitest';
import { DECK_STORAGE_KEY, deckActions, useDeckStore, type DeckSlide } from './deck';
import { decodeDeck, encodeDeck } from './deck-link';

const view: Omit<DeckSlide, 'id'> = { domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line' };
const slides = () => useDeckStore.getState().slides;

describe('deck', () => {
  it('adds, edits, moves and removes slides, and remembers them', () => {
    deckActions.deckCleared();
    deckActions.slideAdded(view);
    deckActions.slideAdded({ ...view, domain: 'macro', indicators: ['gdp'] });
    deckActions.slideAdded({ ...view, mode: 'yoy' });
    const [first, second, third] = slides();
    deckActions.slideEdited(first!.id, { title: 'NEV took off', note: 'Stress 2024' });
    deckActions.slideMoved(third!.id, 0);
    expect(slides().map((s) => s.id)).toEqual([third!.id, first!.id, second!.id]);
    expect(slides()[1]).toMatchObject({ title: 'NEV took off', note: 'Stress 2024' });
    deckActions.slideRemoved(first!.id);
    expect(slides()).toHaveLength(2);
    expect(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? '[]')).toHaveLength(2);
  });

  it('round-trips through a link, Unicode titles included', () => {
    const deck: DeckSlide[] = [{ ...view, indicators: ['nev_production'], id: 'a1', title: '新能源汽车 — 2024', note: 'x' }];
    expect(decodeDeck(encodeDeck(deck))).toEqual(deck);
  });

  it.each([
    ['not base64 at all %%%'],
    [btoa('{"not":"a deck"}')],
    [btoa(JSON.stringify([{ ...view, id: 'a', from: 2024, to: 2020 }]))],
    [btoa(JSON.stringify([{ ...view, id: 'a', domain: '<b>nev</b>' }]))],
    ['x'.repeat(50_000)],
  ])('rejects a bad deck link (%#)', (value) => {
    expect(decodeDeck(value)).toBeNull();
  });
});
