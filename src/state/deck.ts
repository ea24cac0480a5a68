// The presenter's deck: views pinned from the dashboard, each with its own filters. Kept in
// local storage and shareable as a link (?deck=...). Choices only, never data.
import { z } from 'zod';
import { create } from 'zustand';
import { DomainIdSchema, MAX_YEAR, MIN_YEAR } from '../api/contract';
import { CHART_TYPES, VALUE_MODES } from './filters-schema';

const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
export const DeckSlideSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    domain: DomainIdSchema,
    indicators: z.array(z.string().regex(/^[a-z0-9_]{1,64}$/)).min(1).max(12),
    from: year,
    to: year,
    mode: z.enum(VALUE_MODES),
    chart: z.enum(CHART_TYPES),
    title: z.string().max(200).optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((slide) => slide.from <= slide.to, 'from after to');
export type DeckSlide = z.infer<typeof DeckSlideSchema>;
export const DeckSchema = z.array(DeckSlideSchema).max(60);

export const DECK_STORAGE_KEY = 'cq-dashboard:deck:v1';

function readStoredDeck(): DeckSlide[] {
  try {
    const parsed = DeckSchema.safeParse(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : []; // an older or corrupted deck resets cleanly
  } catch {
    return [];
  }
}

export const useDeckStore = create<{ slides: DeckSlide[] }>()(() => ({ slides: typeof window === 'undefined' ? [] : readStoredDeck() }));

useDeckStore.subscribe(({ slides }) => {
  try {
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(slides));
  } catch {
    // storage full or blocked: the deck still works for this visit
  }
});

let counter = 0;
const newId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

const update = (fn: (slides: DeckSlide[]) => DeckSlide[]) => useDeckStore.setState((state) => ({ slides: fn(state.slides) }));

export const deckActions = {
  slideAdded(slide: Omit<DeckSlide, 'id'>) {
    update((slides) => [...slides, { ...slide, id: newId() }]);
  },
  slideRemoved(id: string) {
    update((slides) => slides.filter((s) => s.id !== id));
  },
  slideMoved(id: string, toIndex: number) {
    update((slides) => {
      const from = slides.findIndex((s) => s.id === id);
      if (from < 0) return slides;
      const next = [...slides];
      const [moved] = next.splice(from, 1);
      if (moved) next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, moved);
      return next;
    });
  },
  slideEdited(id: string, change: Pick<DeckSlide, 'title' | 'note'>) {
    update((slides) => slides.map((s) => (s.id === id ? { ...s, ...change } : s)));
  },
  deckCleared() {
    update(() => []);
  },
  deckLoaded(slides: DeckSlide[]) {
    update(() => slides);
  },
};

export const useDeckSlides = () => useDeckStore((s) => s.slides);
