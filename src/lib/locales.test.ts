// French and Chinese must say everything English says: a key missing from a translation would
// fall back to English mid-sentence, so it fails here first.
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import fr from './locales/fr.json';
import zh from './locales/zh.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = flatten(en);
// Chinese has one plural form (CLDR "other"): its "_one" keys are absent by design.
const expectedKeys = {
  fr: [...english.keys()].sort(),
  zh: [...english.keys()].filter((key) => !key.endsWith('_one')).sort(),
};

describe.each([
  ['fr', flatten(fr)],
  ['zh', flatten(zh)],
] as const)('%s UI strings', (language, strings) => {
  it('have exactly the English keys', () => {
    expect([...strings.keys()].sort()).toEqual(expectedKeys[language]);
  });

  it('keep every placeholder of the English string', () => {
    for (const [key, text] of strings) {
      const source = english.get(key) ?? english.get(key.replace(/_other$/, '_one')) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(source));
    }
  });

  it('leave nothing empty that English fills', () => {
    for (const [key, text] of strings) if (english.get(key)?.trim()) expect(text.trim(), key).not.toBe('');
  });
});
