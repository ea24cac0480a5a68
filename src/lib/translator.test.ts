import { describe, expect, it, vi } from 'vitest';
import { Translator } from './translator';

const resources = {
  en: { greet: { hello: 'Hello, {{name}}!' }, slides_one: '{{count}} slide', slides_other: '{{count}} slides', only: 'English only' },
  fr: { greet: { hello: 'Bonjour, {{name}} !' }, slides_one: '{{count}} diapositive', slides_other: '{{count}} diapositives' },
  zh: { slides_other: '{{count}}张幻灯片' },
};
// The fixture's keys are not the app's: the tests call through a loosely typed view of `t`.
const tOf = (translator: Translator, language?: string) => (language ? translator.fixedT(language) : translator.t) as unknown as (key: string, values?: Record<string, string | number>) => string;

describe('Translator', () => {
  it('reads nested keys and fills placeholders', () => {
    const t = tOf(new Translator({ language: 'en', resources }));
    expect(t('greet.hello', { name: 'Ada' })).toBe('Hello, Ada!');
    expect(t('greet.hello')).toBe('Hello, {{name}}!'); // a missing value stays visible
  });

  it('picks the plural form with Intl.PluralRules, per language', () => {
    const translator = new Translator({ language: 'en', resources });
    expect(tOf(translator, 'en')('slides', { count: 1 })).toBe('1 slide');
    expect(tOf(translator, 'en')('slides', { count: 3 })).toBe('3 slides');
    expect(tOf(translator, 'fr')('slides', { count: 0 })).toBe('0 diapositive'); // French: 0 is singular
    expect(tOf(translator, 'zh')('slides', { count: 1 })).toBe('1张幻灯片'); // Chinese has one form
  });

  it('falls back to English and reports the missing key, or shows the key when told not to', () => {
    const onMissingKey = vi.fn();
    expect(tOf(new Translator({ language: 'fr', resources, onMissingKey }))('only')).toBe('English only');
    expect(onMissingKey).toHaveBeenCalledWith('only', 'fr');
    expect(tOf(new Translator({ language: 'fr', resources, fallbackLanguage: false }))('only')).toBe('only');
  });

  it('reports a missing plural form instead of using another, and falls back with the fallback language’s rules', () => {
    const onMissingKey = vi.fn();
    const partial = { en: resources.en, fr: { slides_other: '{{count}} diapositives' }, zh: {} };
    const translator = new Translator({ language: 'fr', resources: partial, onMissingKey });
    expect(tOf(translator, 'fr')('slides', { count: 5 })).toBe('5 diapositives');
    expect(onMissingKey).not.toHaveBeenCalled();
    expect(tOf(translator, 'fr')('slides', { count: 1 })).toBe('1 slide'); // not "1 diapositives"
    expect(onMissingKey).toHaveBeenCalledWith('slides', 'fr');
    expect(tOf(translator, 'zh')('slides', { count: 1 })).toBe('1 slide'); // English's "one", not Chinese "other"
    const strict = new Translator({ language: 'fr', resources: partial, fallbackLanguage: false });
    expect(tOf(strict, 'fr')('slides', { count: 1 })).toBe('1 diapositives'); // shown, but reported
  });

  it('switches language, tells listeners, and keeps one t per language', () => {
    const translator = new Translator({ language: 'en', resources: { en: resources.en } });
    const listener = vi.fn();
    const unsubscribe = translator.subscribe(listener);
    const englishT = translator.t;
    expect(translator.t).toBe(englishT);
    translator.addLanguage('fr', resources.fr);
    translator.changeLanguage('fr');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(tOf(translator)('greet.hello', { name: 'Ada' })).toBe('Bonjour, Ada !');
    unsubscribe();
    translator.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

});
