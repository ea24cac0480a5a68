// A small translator in place of i18next, whose bytes the first load would carry for the little
// of it the app uses: nested JSON strings, "{{name}}" placeholders, plural keys chosen by
// Intl.PluralRules, an English fallback, languages added when loaded, and a listener for
// switches. en.json types `t()`, so a misspelt key fails the typecheck.
import type en from './locales/en.json';

export type Tree = { readonly [key: string]: string | Tree };

/** "title_one" and "title_other" are both the key "title", asked for with a count. */
type WithoutPlural<K extends string> = K extends `${infer Base}_one` ? Base : K extends `${infer Base}_other` ? Base : K;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = KeysOf<typeof en>;
/** Values for the placeholders; `count` also picks the plural form. */
export type TranslationValues = Readonly<Record<string, string | number | undefined>>;
export type TFunction = (key: TranslationKey, values?: TranslationValues) => string;

export interface TranslatorOptions {
  language: string;
  resources: Readonly<Record<string, Tree>>;
  /** The language a missing key falls back to; false to show the key instead (tests). */
  fallbackLanguage?: string | false;
  /** Told of every key the language (and its fallback) lacks. */
  onMissingKey?: (key: string, language: string) => void;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(language: string, count: number): string {
  const rules = pluralRules.get(language) ?? new Intl.PluralRules(language);
  pluralRules.set(language, rules);
  return rules.select(count);
}

function lookup(tree: Tree | undefined, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const interpolate = (text: string, values: TranslationValues | undefined) =>
  values ? text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (values[name] === undefined ? placeholder : String(values[name]))) : text;

export class Translator {
  language: string;
  private readonly bundles: Map<string, Tree>;
  private readonly listeners = new Set<() => void>();
  private readonly fixed = new Map<string, TFunction>();
  private readonly fallbackLanguage: string | false;
  private readonly onMissingKey: TranslatorOptions['onMissingKey'];

  constructor({ language, resources, fallbackLanguage = 'en', onMissingKey }: TranslatorOptions) {
    this.language = language;
    this.fallbackLanguage = fallbackLanguage;
    this.onMissingKey = onMissingKey;
    this.bundles = new Map(Object.entries(resources));
  }

  hasLanguage(language: string): boolean {
    return this.bundles.has(language);
  }

  addLanguage(language: string, strings: Tree): void {
    this.bundles.set(language, strings);
    this.fixed.delete(language);
  }

  /** Switches language and tells every listener (components re-render with the new `t`). */
  changeLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current language's `t`. */
  get t(): TFunction {
    return this.fixedT(this.language);
  }

  /** A `t` bound to one language; the same function each time, so it can be a memo's input. */
  fixedT(language: string): TFunction {
    const t = this.fixed.get(language) ?? ((key, values) => this.translate(language, key, values));
    this.fixed.set(language, t);
    return t;
  }

  /** Missing here: reported, then taken from the fallback language (with its plural rules), then any form here. */
  private translate(language: string, key: string, values: TranslationValues | undefined): string {
    const count = values?.count;
    let text = this.find(language, key, count, true);
    if (text === undefined) {
      this.onMissingKey?.(key, language);
      const fallback = this.fallbackLanguage;
      text = (fallback !== false && fallback !== language ? this.find(fallback, key, count, false) : undefined) ?? this.find(language, key, count, false);
    }
    return interpolate(text ?? key, values);
  }

  /**
   * A key's text in one language: with a count, the plural form the language uses for it
   * (key_one, key_other...), else the plain key. `exactOnly`: no stand-in for a missing form.
   */
  private find(language: string, key: string, count: string | number | undefined, exactOnly: boolean): string | undefined {
    const tree = this.bundles.get(language);
    if (typeof count === 'number') {
      const exact = lookup(tree, `${key}_${pluralCategory(language, count)}`);
      if (exact !== undefined) return exact;
      if (!exactOnly) return lookup(tree, `${key}_other`) ?? lookup(tree, key);
    }
    return lookup(tree, key);
  }
}
