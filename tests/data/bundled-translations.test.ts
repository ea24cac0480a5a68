// Every text of the bundled package exists in French and Chinese, under the key the API looks
// up, and nothing is left over. Source titles and Chinese publishers are citations (a
// publication's own name), so only the article's title and our wording are translated; fact
// units that are unit ids are formatted by the app, not translated; a note that is only a quote
// is evidence, the same in every language.
import { describe, expect, it } from 'vitest';
import { UNIT_IDS } from '../../src/api/contract';
import { translatableTexts } from '../../src/data-package/translation-keys';
import { bundledPackage } from '../../mocks/api/bundled';

const UNIT_ID_SET: ReadonlySet<string> = new Set([...UNIT_IDS, 'rank']);
const isCitation = (key: string, english: string) =>
  (/^source\.[^.]+\.title$/.test(key) && key !== 'source.article.title') ||
  (/^source\.[^.]+\.producer$/.test(key) && !/[A-Za-z]{3,}/.test(english)) ||
  (/^fact\.[^.]+\.unit$/.test(key) && UNIT_ID_SET.has(english)) ||
  (/^observation\..+\.note$/.test(key) && /^["“][^"“”]*["”]$/.test(english));

const english = new Map([...translatableTexts(bundledPackage)].filter(([key, text]) => !isCitation(key, text)));
const englishKeys = [...english.keys()].sort();
/** Quotations of a Chinese source ("36.5万辆") are evidence: every language keeps them verbatim. */
const chineseQuotes = (text: string) => [...text.matchAll(/"([^"]*[\u4e00-\u9fff][^"]*)"/g)].map((m) => m[1] ?? '');

describe.each(['fr', 'zh'] as const)('the bundled texts in %s', (language) => {
  const strings = bundledPackage.translations[language];

  it('have exactly the keys of the English texts', () => {
    expect(Object.keys(strings).sort()).toEqual(englishKeys);
  });

  it('are never empty, and chart labels stay short', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), key).not.toBe('');
      if (key.endsWith('.label')) expect(text.length, key).toBeLessThanOrEqual(40);
    }
  });

  it('keep the Chinese words quoted from the sources', () => {
    for (const [key, text] of english) {
      for (const quote of chineseQuotes(text)) expect(strings[key], `${key}: ${quote}`).toContain(quote);
    }
  });
});
