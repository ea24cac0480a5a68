import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { getDomains } from '../../../mocks/api/respond';
import { server } from '../../../mocks/node';
import { renderWithProviders } from '../../../tests/render';
import { useFilterStore } from '../../state/filters';
import { FilterBar } from './filter-bar';

afterEach(() => useFilterStore.setState({ years: null }));

describe('filter bar', () => {
  it('offers the years the data has, a new one included, and ends the range at the latest', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ ...getDomains().body, years: { min: 2019, max: 2026 } })));
    renderWithProviders(<FilterBar />);
    const to = screen.getByRole('combobox', { name: 'To' });
    await within(to).findByRole('option', { name: '2026' });
    expect(to).toHaveValue('2026');
    expect(within(screen.getByRole('combobox', { name: 'From' })).getAllByRole('option').map((option) => option.textContent)).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'],
    );
  });
});
