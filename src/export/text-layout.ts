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

/** Greedy word wrap; a word longer than the line is cut. Extra lines end in an ellipsis. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, weight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, weight) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
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
