// The presenter's deck: views pinned from the dashboard, each with its own filters. Kept in
// local storage and shareable as a link (?deck=...). Choices only, never data.
import { create } from 'zustand';
import { isDomainId, isEntityId, type DomainId } from '../api/contract';
import { CHART_TYPES, VALUE_MODES, type ChartType, type ValueMode } from './filters-schema';
import { filterActions, useFilterStore } from './filters';
import type { RejectedParam } from './filters-url';

export interface DeckSlide {
  id: string;
  domain: DomainId;
  /** 1 to 12 indicator ids. */
  indicators: string[];
  /** The regions drawn side by side (entity ids); absent: the main region. */
  regions?: string[];
  from: number;
  to: number;
  mode: ValueMode;
  chart: ChartType;
  title?: string;
  note?: string;
}
export const MAX_SLIDES = 60;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
/** The format only: slides outside the data's years are dropped once those are known (dropSlidesOutside). */
const isYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999;
const isText = (value: unknown, maxLength: number): value is string | undefined => value === undefined || (typeof value === 'string' && value.length <= maxLength);
const isIndicatorList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length >= 1 && value.length <= 12 && value.every((id) => typeof id === 'string' && /^[a-z0-9_]{1,64}$/.test(id));
const isRegionList = (value: unknown): value is string[] | undefined => value === undefined || (Array.isArray(value) && value.length >= 1 && value.length <= 12 && value.every(isEntityId));

/**
 * A slide as stored or linked, checked by hand (zod is not in the entry chunk), or null; unknown
 * fields are dropped. Its panel is checked for format: the data says which exist (dropSlidesOutside).
 */
export function toDeckSlide(value: unknown): DeckSlide | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, domain, indicators, regions, from, to, mode, chart, title, note } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id) || !isDomainId(domain) || !isIndicatorList(indicators) || !isRegionList(regions)) return null;
  if (!isYear(from) || !isYear(to) || from > to || !isOneOf(VALUE_MODES, mode) || !isOneOf(CHART_TYPES, chart)) return null;
  if (!isText(title, 200) || !isText(note, 2000)) return null;
  const regionsIfAny = regions === undefined ? {} : { regions: [...new Set(regions)] };
  return { id, domain, indicators: [...indicators], ...regionsIfAny, from, to, mode, chart, ...(title === undefined ? {} : { title }), ...(note === undefined ? {} : { note }) };
}

/** A whole deck (at most MAX_SLIDES valid slides), or null. */
export function toDeck(value: unknown): DeckSlide[] | null {
  if (!Array.isArray(value) || value.length > MAX_SLIDES) return null;
  const slides = value.map(toDeckSlide);
  return slides.every((slide): slide is DeckSlide => slide !== null) ? slides : null;
}

export const DECK_STORAGE_KEY = 'cq-dashboard:deck:v1';

function readStoredDeck(): DeckSlide[] {
  try {
    return toDeck(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? '[]')) ?? []; // a corrupted or unknown deck resets cleanly
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

/** What a slide pins (panel, indicators, regions, years, mode, chart), whatever its id, title and note. */
const viewKeyOf = (slide: Omit<DeckSlide, 'id'>) => JSON.stringify([slide.domain, slide.indicators, slide.regions ?? [], slide.from, slide.to, slide.mode, slide.chart]);

/** The deck's index of a slide pinning this view, or -1. */
const deckIndexOf = (slides: readonly DeckSlide[], view: Omit<DeckSlide, 'id'>) => {
  const key = viewKeyOf(view);
  return slides.findIndex((slide) => viewKeyOf(slide) === key);
};

let counter = 0;
const newId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

const update = (fn: (slides: DeckSlide[]) => DeckSlide[]) => useDeckStore.setState((state) => ({ slides: fn(state.slides) }));

export const deckActions = {
  /** Returns false (and adds nothing) when the view cannot be kept as a slide, or is one already. */
  slideAdded(slide: Omit<DeckSlide, 'id'>): boolean {
    const checked = toDeckSlide({ ...slide, id: newId() });
    const { slides } = useDeckStore.getState();
    if (!checked || slides.length >= MAX_SLIDES || deckIndexOf(slides, checked) >= 0) return false;
    update((slides) => [...slides, checked]);
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
    dropSlidesOutside(useFilterStore.getState());
  },
  replacedDeckRestored() {
    const { replaced } = useDeckStore.getState();
    if (replaced) useDeckStore.setState({ slides: replaced, replaced: null });
  },
  replacedDeckDismissed() {
    useDeckStore.setState({ replaced: null });
  },
};

type DataBounds = Pick<ReturnType<typeof useFilterStore.getState>, 'years' | 'domainIds' | 'entities'>;

/** Why the data cannot draw a slide (a panel or region it does not have, years outside its own), or null; unknown bounds pass. */
function slideProblem(slide: DeckSlide, { years, domainIds, entities }: DataBounds): RejectedParam | null {
  if (domainIds && !domainIds.includes(slide.domain)) return { param: 'deck', value: slide.domain, reason: 'unknown_panel' };
  const unknownRegions = entities ? (slide.regions ?? []).filter((id) => !entities.ids.includes(id)) : [];
  if (unknownRegions.length > 0) return { param: 'deck', value: unknownRegions.join(','), reason: 'unknown_region' };
  if (years && (slide.from < years.min || slide.to > years.max)) return { param: 'deck', value: `${slide.from}-${slide.to}`, reason: 'invalid_value' };
  return null;
}

/** Slides (stored or linked) the data cannot draw are dropped and reported, whichever of the deck and the data comes first. */
function dropSlidesOutside(bounds: DataBounds) {
  const problems = useDeckStore.getState().slides.flatMap((slide) => {
    const problem = slideProblem(slide, bounds);
    return problem ? [{ id: slide.id, problem }] : [];
  });
  if (problems.length === 0) return;
  const dropped = new Set(problems.map(({ id }) => id));
  update((slides) => slides.filter((slide) => !dropped.has(slide.id)));
  filterActions.paramsRejected(problems.map(({ problem }) => problem));
}
useFilterStore.subscribe((state, previous) => {
  if (state.years !== previous.years || state.domainIds !== previous.domainIds || state.entities !== previous.entities) dropSlidesOutside(state);
});

export const useDeckSlides = () => useDeckStore((s) => s.slides);
/** The deck's index of the slide pinning this view, or -1, re-rendering only when it changes. */
export const useDeckIndexOf = (view: Omit<DeckSlide, 'id'>) => useDeckStore((s) => deckIndexOf(s.slides, view));
export const useReplacedDeck = () => useDeckStore((s) => s.replaced);
