// i18next, set up once. English is the source of truth for keys: its JSON types `t()`, so a
// misspelt key fails the typecheck, and a test holds French and Chinese to the same keys.
// English ships in the entry chunk; French and Chinese are loaded when chosen.
import i18next, { type i18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const defaultNS = 'translation';
export const resources = { en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

// The API contract's LANGUAGES, less English (lib sits below the API layer, so it cannot import it).
const loaders = new Map<string, () => Promise<{ default: ResourceLanguage }>>([
  ['fr', () => import('./locales/fr.json')],
  ['zh', () => import('./locales/zh.json')],
]);

export function initI18n(language = 'en'): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr', 'zh'],
      resources,
      interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}

/** Makes sure a language's strings are loaded; English always is. */
export async function loadLanguage(language: string, instance: i18n = i18next): Promise<void> {
  const load = loaders.get(language);
  if (!load || instance.hasResourceBundle(language, defaultNS)) return;
  const strings = await load();
  instance.addResourceBundle(language, defaultNS, strings.default);
}
