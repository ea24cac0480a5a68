// The line between a show and its presenter view, two windows of one browser (BroadcastChannel):
// the show says where it is and which slides it has; the presenter view asks it to move. Messages
// are checked by hand, as any page of this origin may post on the channel.
import { toDeckSlide, type DeckSlide } from '../../state/deck';
import { THEMES, type Theme } from '../../state/display';

const CHANNEL_NAME = 'cq-dashboard:show:v1';

export type ShowMessage =
  /**
   * From the show: its slide (zero-based, the title slide first), the slides after the title, and
   * how it looks. The presenter view draws these slides, never a list of its own.
   */
  | { kind: 'at'; index: number; slides: DeckSlide[]; isFromDeck: boolean; theme: Theme; showMilestones: boolean }
  /** From the presenter view: move the show to this slide. */
  | { kind: 'go'; index: number }
  /** From the presenter view, on opening: where is the show? */
  | { kind: 'hello' }
  /** From the show, on closing. */
  | { kind: 'closed' }
  /** From the presenter view, on closing. */
  | { kind: 'presenterClosed' };

const MAX_INDEX = 1000;
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < MAX_INDEX;

/** A slide of the show: a deck slide, or one cut from the current view (no ids: the panel's opening indicators). */
function toShowSlide(value: unknown): DeckSlide | null {
  if (typeof value !== 'object' || value === null) return null;
  const { indicators } = value as Record<string, unknown>;
  if (!Array.isArray(indicators) || indicators.length > 0) return toDeckSlide(value);
  const slide = toDeckSlide({ ...value, indicators: ['opening'] });
  return slide && { ...slide, indicators: [] };
}

function toShowSlides(value: unknown): DeckSlide[] | null {
  if (!Array.isArray(value) || value.length >= MAX_INDEX) return null;
  const slides = value.map(toShowSlide);
  return slides.every((slide): slide is DeckSlide => slide !== null) ? slides : null;
}

/** A message as sent, or null for anything else. */
export function toShowMessage(data: unknown): ShowMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, index, slides, isFromDeck, theme, showMilestones } = data as Record<string, unknown>;
  switch (kind) {
    case 'at': {
      const checked = toShowSlides(slides);
      if (!checked || !isIndex(index) || index > checked.length || typeof isFromDeck !== 'boolean' || typeof showMilestones !== 'boolean') return null;
      if (!(THEMES as readonly unknown[]).includes(theme)) return null;
      return { kind, index, slides: checked, isFromDeck, theme: theme as Theme, showMilestones };
    }
    case 'go':
      return isIndex(index) ? { kind, index } : null;
    case 'hello':
    case 'closed':
    case 'presenterClosed':
      return { kind };
    default:
      return null;
  }
}

export interface ShowChannel {
  post: (message: ShowMessage) => void;
  close: () => void;
}

/** Listens on the channel; a browser without BroadcastChannel gets a channel that says nothing. */
export function openShowChannel(onMessage: (message: ShowMessage) => void): ShowChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = toShowMessage(event.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
