// A deck as a link parameter: compact JSON in base64url, so a shared link carries the deck.
import { toDeck, type DeckSlide } from './deck';

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeDeck(slides: DeckSlide[]): string {
  return toBase64Url(JSON.stringify(slides));
}

/** Links longer than this are cut by some browsers and chat apps; the deck refuses them. */
export const MAX_LINK_LENGTH = 32_000;

/** The deck in a link, or null when the value is not a valid deck (never throws). */
export function decodeDeck(value: string): DeckSlide[] | null {
  if (value.length > MAX_LINK_LENGTH) return null;
  try {
    return toDeck(JSON.parse(fromBase64Url(value)));
  } catch {
    return null;
  }
}
