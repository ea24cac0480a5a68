import { expect, it, vi } from 'vitest';
import { initI18n } from '../lib/i18n';
import { changeLanguage } from './language';
import { LANGUAGE_KEY } from './url';

let releaseFrench: () => void = () => undefined;
vi.mock('../lib/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('../lib/i18n')>();
  return {
    ...original,
    // French's strings arrive late, after the reader has already chosen English.
    loadLanguage: (language: string) => (language === 'fr' ? new Promise<void>((resolve) => (releaseFrench = resolve)) : Promise.resolve()),
  };
});

it('keeps the latest choice when an earlier language’s strings arrive after it', async () => {
  const french = changeLanguage('fr');
  await changeLanguage('en');
  releaseFrench();
  await french;
  expect(initI18n().language).toBe('en');
  expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
  expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('en');
});
