// Whether the slide show is open, on which slide, and whether it advances by itself. The
// slide number lives in the URL too (?present=3), so a link opens the show at that slide.
import { create } from 'zustand';
import { paramsWith, writeUrl } from './url';

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

/** The slide in the address, one-based (?present=3), or none once the show is closed. */
export function writePresentParam(index: number | null) {
  writeUrl(paramsWith({ present: index === null ? null : String(index + 1) }), 'replace');
}
