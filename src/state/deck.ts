// The presenter's deck: views pinned from the dashboard, each with its own filters. Kept in
// local storage and shareable as a link (?deck=...). Choices only, never data.
import { z } from 'zod/mini';
import { create } from 'zustand';
import { DomainIdSchema, MAX_YEAR, MIN_YEAR } from '../api/contract';
import { CHART_TYPES, VALUE_MODES } from './filters-schema';

const year = z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));
export const DeckSlideSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
    domain: DomainIdSchema,
    indicators: z.array(z.string().check(z.regex(/^[a-z0-9_]{1,64}$/))).check(z.minLength(1), z.maxLength(12)),
    from: year,
    to: year,
    mode: z.enum(VALUE_MODES),
    chart: z.enum(CHART_TYPES),
    title: z.optional(z.string().check(z.maxLength(200))),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.refine((slide) => slide.from <= slide.to, 'from after to'));
export type DeckSlide = z.infer<typeof DeckSlideSchema>;
export const MAX_SLIDES = 60;
export const DeckSchema = z.array(DeckSlideSchema).check(z.maxLength(MAX_SLIDES));

export const DECK_STORAGE_KEY = 'cq-dashboard:deck:v1';

function readStoredDeck(): DeckSlide[] {
  try {
    const parsed = DeckSchema.safeParse(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : []; // an older or corrupted deck resets cleanly
  } catch {
    return [];
  }
}

interface DeckState {
  slides: DeckSlide[];
  /** The deck a shared link replaced, until the presenter restores or dismisses it. */
  replaced: DeckSlide[] | null;
}

export const useDeckStore = create<DeckState>()(() => ({ slides: typeof window === 'undefined' ? [] : readStoredDeck(), replaced: null }));

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
  /** Returns false (and adds nothing) when the view cannot be kept as a slide. */
  slideAdded(slide: Omit<DeckSlide, 'id'>): boolean {
    const parsed = DeckSlideSchema.safeParse({ ...slide, id: newId() });
    if (!parsed.success || useDeckStore.getState().slides.length >= MAX_SLIDES) return false;
    update((slides) => [...slides, parsed.data]);
    return true;
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
  /** A deck from a link replaces this browser's deck; the old one can be restored. */
  deckLoaded(slides: DeckSlide[]) {
    const current = useDeckStore.getState().slides;
    const isSame = JSON.stringify(current) === JSON.stringify(slides);
    useDeckStore.setState({ slides, replaced: current.length > 0 && !isSame ? current : null });
  },
  replacedDeckRestored() {
    const { replaced } = useDeckStore.getState();
    if (replaced) useDeckStore.setState({ slides: replaced, replaced: null });
  },
  replacedDeckDismissed() {
    useDeckStore.setState({ replaced: null });
  },
};

export const useDeckSlides = () => useDeckStore((s) => s.slides);
export const useReplacedDeck = () => useDeckStore((s) => s.replaced);
