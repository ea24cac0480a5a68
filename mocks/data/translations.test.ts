// Every string of the dataset exists in French and Chinese, under the key the API looks up,
// and nothing is left over from an older dataset.
import { describe, expect, it } from 'vitest';
import { datasetStrings } from './dataset-strings';
import fr from './translations/fr.json';
import zh from './translations/zh.json';

const english = datasetStrings();
const englishKeys = Object.keys(english).sort();
/** Quotations of a Chinese source ("36.5万辆") are evidence: every language keeps them verbatim. */
const chineseQuotes = (text: string) => [...text.matchAll(/"([^"]*[\u4e00-\u9fff][^"]*)"/g)].map((m) => m[1] ?? '');

describe.each([
  ['fr', fr as Record<string, string>],
  ['zh', zh as Record<string, string>],
] as const)('dataset texts in %s', (_language, strings) => {
  it('have exactly the keys of the English dataset', () => {
    expect(Object.keys(strings).sort()).toEqual(englishKeys);
  });

  it('are never empty, and chart labels stay short', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), key).not.toBe('');
      if (key.endsWith('.label')) expect(text.length, key).toBeLessThanOrEqual(40);
    }
  });

  it('keep the Chinese words quoted from the sources', () => {
    for (const [key, text] of Object.entries(english)) {
      for (const quote of chineseQuotes(text)) expect(strings[key], `${key}: ${quote}`).toContain(quote);
    }
  });
});
