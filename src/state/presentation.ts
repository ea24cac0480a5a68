// Whether the slide show is open, on which slide, and whether it advances by itself. The
// slide number lives in the URL too (?present=3), so a link opens the show at that slide.
import { create } from 'zustand';
import { flushUrlWrites } from './url-writes';

interface PresentationState {
  isOpen: boolean;
  /** Zero-based; the URL shows it one-based. */
  index: number;
  isPlaying: boolean;
  /** With an empty deck, the current view is shown one slide per chart or per panel. */
  emptyDeckSplit: 'chart' | 'panel';
}

export const usePresentationStore = create<PresentationState>()(() => ({ isOpen: false, index: 0, isPlaying: false, emptyDeckSplit: 'chart' }));

export const presentationActions = {
  opened(index = 0) {
    usePresentationStore.setState({ isOpen: true, index: Math.max(0, index), isPlaying: false });
  },
  closed() {
    usePresentationStore.setState({ isOpen: false, isPlaying: false });
  },
  wentTo(index: number, count: number) {
    usePresentationStore.setState({ index: Math.min(Math.max(0, index), Math.max(0, count - 1)) });
  },
  playToggled() {
    usePresentationStore.setState((state) => ({ isPlaying: !state.isPlaying }));
  },
  emptyDeckSplitChanged(emptyDeckSplit: PresentationState['emptyDeckSplit']) {
    usePresentationStore.setState({ emptyDeckSplit });
  },
};

/** Reads ?present=N once at start-up: the show opens at that slide. */
export function readPresentParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('present');
  if (raw === null || !/^\d{1,3}$/.test(raw)) return null;
  return Math.max(1, Number(raw)) - 1;
}

export function writePresentParam(index: number | null) {
  flushUrlWrites();
  const params = new URLSearchParams(window.location.search);
  if (index === null) params.delete('present');
  else params.set('present', String(index + 1));
  const search = params.toString().replace(/%2C/g, ',');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}
