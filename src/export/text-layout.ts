// Measures and wraps text for the exported image with the same font the image uses, so
// nothing is clipped at the edge: SVG has no text wrapping of its own.
import { EXPORT_FONT_FAMILY } from './layout';

// Undefined until first asked for; null where there is no canvas (asked once, not on every word).
let context: CanvasRenderingContext2D | null | undefined;

/** `family`: the image's font unless told (the page's own, for text drawn in the page). */
export function measureText(text: string, size: number, weight = 400, family = EXPORT_FONT_FAMILY): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(text, size);
  context.font = `${weight} ${size}px ${family}`;
  return context.measureText(text).width;
}

/** Without a canvas: a generous estimate, Chinese characters a full em wide. */
const estimateWidth = (text: string, size: number) => [...text].reduce((width, char) => width + (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.6) * size, 0);

/** A piece of text a line may break after; `isJoined` when it follows the previous one without a space. */
interface Piece {
  text: string;
  isJoined: boolean;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
// Punctuation a line never starts with (a Chinese comma or full stop stays with its word).
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;
// Punctuation a line never ends with: an opening bracket or quote stays with what follows.
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** A run with no space, broken where a line may break: between Chinese words (or characters), never inside a Latin word that fits. */
function breakRun(run: string, size: number, maxWidth: number, weight: number): string[] {
  if (!CJK.test(run) && measureText(run, size, weight) <= maxWidth) return [run];
  const segments = segmenter ? [...segmenter.segment(run)].map((s) => s.segment) : [...run];
  const pieces: string[] = [];
  let opening = '';
  for (const segment of segments) {
    const last = pieces.length - 1;
    if (OPENING.test(segment)) opening += segment;
    else if (last >= 0 && !opening && CLOSING.test(segment)) pieces[last] += segment;
    else if (measureText(segment, size, weight) > maxWidth) pieces.push(...[...`${opening}${segment}`]);
    else pieces.push(`${opening}${segment}`);
    if (!OPENING.test(segment)) opening = '';
  }
  if (opening) pieces.push(opening);
  return pieces;
}

function piecesOf(text: string, size: number, maxWidth: number, weight: number): Piece[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((run) => breakRun(run, size, maxWidth, weight).map((piece, index) => ({ text: piece, isJoined: index > 0 })));
}

/**
 * Greedy wrap at spaces, and between words in Chinese, which has no spaces; a piece longer than
 * the line is cut. Extra lines end in an ellipsis.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of piecesOf(text, size, maxWidth, weight)) {
    const candidate = !line ? piece.text : `${line}${piece.isJoined ? '' : ' '}${piece.text}`;
    if (measureText(candidate, size, weight) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = piece.text;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => truncate(l, size, maxWidth, weight));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} …`, size, maxWidth, weight, true);
  return kept;
}

/** Wraps text that has no spaces to break at, such as a link, character by character; never cut. */
export function wrapChars(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && measureText(line + char, size) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

function truncate(text: string, size: number, maxWidth: number, weight: number, isForced = false): string {
  if (!isForced && measureText(text, size, weight) <= maxWidth) return text;
  let cut = text.replace(/\s*…$/, '');
  while (cut.length > 1 && measureText(`${cut}…`, size, weight) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
