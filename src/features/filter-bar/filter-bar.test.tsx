import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledApi } from '../../../mocks/api/bundled';
import { server } from '../../../mocks/node';
import { renderWithProviders } from '../../../tests/render';
import { usePanelData } from '../../hooks/use-panel-data';
import { useFilterStore } from '../../state/filters';
import { changeLanguage } from '../../state/language';
import { FilterBar } from './filter-bar';

afterEach(() => useFilterStore.setState({ years: null, seriesYears: null }));

/** One panel's data, as a panel loads it. */
function PanelData() {
  usePanelData('macro');
  return null;
}

const optionsOf = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((option) => option.textContent);
const bundled = () => {
  const { body } = bundledApi.getDomains(new URLSearchParams());
  if (!('domains' in body) || !body.years) throw new Error('the bundled API answers /domains with its years');
  return { domains: body.domains, years: body.years };
};
const bundledYears = () => {
  const { min, max } = bundled().years;
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
};

describe('filter bar', () => {
  it('offers the years the data has, a new one included, and ends the range at the latest', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ ...bundledApi.getDomains(new URLSearchParams()).body, years: { min: 2019, max: 2026 } })));
    renderWithProviders(<FilterBar />);
    const to = screen.getByRole('combobox', { name: 'To' });
    await within(to).findByRole('option', { name: '2026' });
    expect(to).toHaveValue('2026');
    expect(within(screen.getByRole('combobox', { name: 'From' })).getAllByRole('option').map((option) => option.textContent)).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'],
    );
  });

  it('keeps the years it was told through a language switch, while the new language’s /domains is on its way', async () => {
    server.use(http.get('*/api/v1/domains', async ({ request }) => {
      if (new URL(request.url).searchParams.get('lang') === 'fr') await delay('infinite');
      return HttpResponse.json({ ...bundledApi.getDomains(new URLSearchParams()).body, years: { min: 2019, max: 2026 } });
    }));
    renderWithProviders(<FilterBar />);
    await within(screen.getByRole('combobox', { name: 'To' })).findByRole('option', { name: '2026' });
    try {
      await act(() => changeLanguage('fr', { writeUrl: false }));
      await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
      expect(optionsOf('De')).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
      expect(screen.getByRole('combobox', { name: 'À' })).toHaveValue('2026');
    } finally {
      await act(() => changeLanguage('en', { writeUrl: false }));
    }
  });

  it.each([
    ['leaves its years out', () => HttpResponse.json({ domains: bundled().domains })],
    ['fails', () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })],
  ])('offers the loaded series’ years when /domains %s', async (_what, answer) => {
    server.use(http.get('*/api/v1/domains', answer));
    renderWithProviders(
      <>
        <FilterBar />
        <PanelData />
      </>,
    );
    await waitFor(() => expect(optionsOf('From')).toEqual(bundledYears()));
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue(bundledYears().at(-1));
  });
});
