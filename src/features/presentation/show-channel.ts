// The line between a show and its presenter view, two windows of one browser (BroadcastChannel):
// the show says where it is; the presenter view asks it to move. Messages are checked by hand, as
// any page of this origin may post on the channel.
import { THEMES, type Theme } from '../../state/display';

const CHANNEL_NAME = 'cq-dashboard:show:v1';

export type ShowMessage =
  /** From the show: its slide (zero-based), how many it has, and how it looks. */
  | { kind: 'at'; index: number; count: number; theme: Theme; split: 'chart' | 'panel' }
  /** From the presenter view: move the show to this slide. */
  | { kind: 'go'; index: number }
  /** From the presenter view, on opening: where is the show? */
  | { kind: 'hello' }
  /** From the show, on closing. */
  | { kind: 'closed' }
  /** From the presenter view, on closing. */
  | { kind: 'presenterClosed' };

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000;

/** A message as sent, or null for anything else. */
export function toShowMessage(data: unknown): ShowMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, index, count, theme, split } = data as Record<string, unknown>;
  switch (kind) {
    case 'at':
      if (!isIndex(index) || !isIndex(count) || !(THEMES as readonly unknown[]).includes(theme) || (split !== 'chart' && split !== 'panel')) return null;
      return { kind, index, count, theme: theme as Theme, split };
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
