// i18next, set up once. English is the source of truth for keys: its JSON types `t()`, so a
// missing or misspelt key fails the typecheck. French and Chinese will be one file each.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const defaultNS = 'translation';
export const resources = { en: { translation: en } } as const;
export const SUPPORTED_LANGUAGES = ['en'] as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['en'];
  }
}

export function initI18n(language = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'en',
      resources,
      interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}
