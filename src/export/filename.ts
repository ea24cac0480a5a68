// A readable file name: the chart's title as a slug, then the years, e.g.
// nev-production-2020-2024.png. Chinese characters stay as they are: Windows, macOS and Linux
// all accept them in file names and browsers pass them through, while a transliteration would
// need a pinyin dictionary and give a Chinese reader a name they recognise less. A long title is
// cut at a word's end (Intl.Segmenter finds the words of Chinese, which has no spaces), never
// inside a word.

const MAX_SLUG_LENGTH = 60;

// Letters that NFKD does not split into a base letter and an accent.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/** The offsets in `slug` where a word ends: before each hyphen, and between Chinese words. */
function wordEnds(slug: string): number[] {
  const ends = [...slug.matchAll(/-/g)].map((match) => match.index);
  if (/[\u4e00-\u9fff]/.test(slug) && typeof Intl.Segmenter === 'function') {
    for (const { index, segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(slug)) ends.push(index + segment.length);
  }
  return ends;
}

function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const end = Math.max(0, ...wordEnds(slug).filter((offset) => offset <= MAX_SLUG_LENGTH));
  // One word longer than the limit is cut, as nothing shorter would name the file.
  return (end > 0 ? slug.slice(0, end) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/g, '');
}

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shorten(slug) || 'chart';
}

export function exportFilename(title: string, from: number, to: number, extension: string, suffix?: string): string {
  const years = from === to ? `${from}` : `${from}-${to}`;
  return [slugify(title), years, suffix].filter(Boolean).join('-') + `.${extension}`;
}
