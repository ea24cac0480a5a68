// The app's translator, set up once, and how components reach it. English ships in the entry
// chunk; French and Chinese are loaded when chosen.
import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import en from './locales/en.json';
import { Translator, type TFunction, type Tree } from './translator';

export type { TFunction, TranslationKey } from './translator';
export { Translator };

// The API contract's LANGUAGES, less English (lib sits below the API layer, so it cannot import it).
const loaders = new Map<string, () => Promise<{ default: Tree }>>([
  ['fr', () => import('./locales/fr.json')],
  ['zh', () => import('./locales/zh.json')],
]);

let app: Translator | undefined;

/** The app's translator, created on first call in `language`. */
export function initI18n(language = 'en'): Translator {
  app ??= new Translator({ language, resources: { en } });
  return app;
}

/** Makes sure a language's strings are loaded; English always is. */
export async function loadLanguage(language: string, instance: Translator = initI18n()): Promise<void> {
  const load = loaders.get(language);
  if (!load || instance.hasLanguage(language)) return;
  const strings = await load();
  instance.addLanguage(language, strings.default);
}

const TranslatorContext = createContext<Translator | null>(null);

export function I18nProvider({ i18n, children }: { i18n: Translator; children: ReactNode }) {
  return createElement(TranslatorContext.Provider, { value: i18n }, children);
}

/** `t` for the current language and the translator itself; re-renders on a language switch. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const i18n = useContext(TranslatorContext) ?? initI18n();
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language);
  return { t: i18n.fixedT(language), i18n };
}
