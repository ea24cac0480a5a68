import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../api/contract';
import { initI18n, loadLanguage } from '../lib/i18n';
import { changeLanguage } from './language';
import { LANGUAGE_KEY, matchLanguage, pickLanguage } from './url';

describe('changeLanguage', () => {
  it('has interface strings for every language the API speaks', async () => {
    for (const language of LANGUAGES) {
      await loadLanguage(language);
      expect(initI18n().hasLanguage(language), language).toBe(true);
    }
  });

  it('switches i18n, the page language, the link and the memory together', async () => {
    window.history.replaceState(null, '', '/?from=2021#panels');
    await changeLanguage('zh');
    expect(initI18n().language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(window.location.search).toBe('?from=2021&lang=zh');
    expect(window.location.hash).toBe('#panels');
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe('zh');
    await changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('matchLanguage', () => {
  it.each([
    ['zh-Hans-CN', 'zh'],
    ['zh_TW', 'zh'],
    ['fr-CA', 'fr'],
    ['EN-gb', 'en'],
    ['de-DE', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s -> %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected);
  });
});

describe('pickLanguage: link, then memory, then browser, then English', () => {
  it('follows ?lang= first', () => {
    expect(pickLanguage('?lang=fr', 'zh', ['zh-CN'])).toEqual({ language: 'fr' });
  });
  it('then the reader’s last choice', () => {
    expect(pickLanguage('', 'zh', ['fr-FR'])).toEqual({ language: 'zh' });
  });
  it('then the first browser language it has', () => {
    expect(pickLanguage('', null, ['de-DE', 'fr-FR', 'zh-CN'])).toEqual({ language: 'fr' });
  });
  it('then English', () => {
    expect(pickLanguage('', null, ['de-DE'])).toEqual({ language: 'en' });
    expect(pickLanguage('', 'garbage', [])).toEqual({ language: 'en' });
  });
  it('reports a ?lang= it does not have and falls back', () => {
    expect(pickLanguage('?lang=xx', null, ['zh-CN'])).toEqual({ language: 'zh', rejected: 'xx' });
    expect(pickLanguage('?lang=', 'fr', [])).toEqual({ language: 'fr', rejected: '' });
  });
});
