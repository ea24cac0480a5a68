// Each language renders the whole dashboard with no missing key: an i18n instance with no
// fallback records every key it cannot find, so an untranslated string fails here instead of
// showing English (or a raw key) in the middle of a French or Chinese page.
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundledPackage } from '../../mocks/api/bundled';
import type { Language } from '../../src/api/contract';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import en from '../../src/lib/locales/en.json';
import fr from '../../src/lib/locales/fr.json';
import zh from '../../src/lib/locales/zh.json';
import { Translator } from '../../src/lib/i18n';
import { createTestQueryClient } from '../render';

/** A bundled text in French or Chinese: the test fails here if the package lacks it. */
const textIn = (strings: Readonly<Record<string, string>>) => (key: string) => {
  const text = strings[key];
  if (text === undefined) throw new Error(`No translation for ${key}`);
  return text;
};
const frText = textIn(bundledPackage.translations.fr);
const zhText = textIn(bundledPackage.translations.zh);

function strictI18n(language: Language) {
  const missing: string[] = [];
  const instance = new Translator({
    language,
    resources: { en, fr, zh },
    fallbackLanguage: false,
    onMissingKey: (key) => missing.push(key),
  });
  return { instance, missing };
}

const EXPECTED = {
  en: { panels: [/Macro economy/, /New-energy vehicles/, /Electronics/, /Materials/], nev: 'NEV production', nevLatest: '1.296M vehicles', facts: 'Key facts' },
  fr: {
    panels: [/Macroéconomie/, /Véhicules à nouvelle énergie/, new RegExp(frText('panel.electronics.title')), new RegExp(frText('panel.materials.title'))],
    nev: frText('indicator.nev_production.title'),
    nevLatest: /1,296\sM\svéhicules/,
    facts: fr.panel.facts,
  },
  zh: {
    panels: [/宏观经济/, /新能源汽车/, new RegExp(zhText('panel.electronics.title')), new RegExp(zhText('panel.materials.title'))],
    nev: zhText('indicator.nev_production.title'),
    nevLatest: '129.6万辆',
    facts: zh.panel.facts,
  },
} as const;

describe.each(['en', 'fr', 'zh'] as const)('the dashboard in %s', (language) => {
  it('renders every panel, with the API’s texts and the locale’s numbers, and no missing key', async () => {
    const { instance, missing } = strictI18n(language);
    render(
      <AppProviders queryClient={createTestQueryClient()} i18n={instance}>
        <App />
      </AppProviders>,
    );
    const expected = EXPECTED[language];
    for (const name of expected.panels) {
      const region = await screen.findByRole('region', { name });
      await waitFor(() => expect(within(region).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
      expect(within(region).getByRole('heading', { name: expected.facts })).toBeInTheDocument();
      expect(within(region).getAllByTestId('chart-description')[0]?.textContent).not.toBe('');
    }
    const nev = screen.getByRole('region', { name: expected.panels[1] });
    await waitFor(() => expect(within(nev).getByRole('article', { name: expected.nev })).toHaveTextContent(expected.nevLatest));
    expect(missing).toEqual([]);
  });
});

it('the missing-key check itself catches a missing key', () => {
  const { instance, missing } = strictI18n('fr');
  instance.t('no.such.key' as never);
  expect(missing).toEqual(['no.such.key']);
});
