import { describe, expect, it } from 'vitest';
import { deckActions, useDeckStore } from './deck';

const view = { domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line' } as const;

describe('deck safeguards', () => {
  it('refuses a view that could not be kept, instead of corrupting the stored deck', () => {
    deckActions.deckCleared();
    expect(deckActions.slideAdded({ ...view, indicators: Array.from({ length: 13 }, (_, i) => `i${i}`) })).toBe(false);
    expect(deckActions.slideAdded({ ...view, indicators: ['nev_production'] })).toBe(true);
    expect(useDeckStore.getState().slides).toHaveLength(1);
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
