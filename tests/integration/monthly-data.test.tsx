// The dashboard on monthly data: the benchmark's scale dataset, served by the same MSW handlers
// (createHandlers with its API), read by the same client, panels and charts as the bundled one.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scaleDatasetIn } from '../../bench/scale/dataset';
import { createApi } from '../../mocks/api/respond';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { renderWithProviders } from '../render';

describe('dashboard on a monthly dataset', () => {
  it('draws monthly charts, says months, and tables every month of the range', async () => {
    server.use(...createHandlers({ api: createApi(scaleDatasetIn) }));
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const nev = await screen.findByRole('region', { name: /nev \(synthetic\)/ });
    await waitFor(() => expect(within(nev).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
    // The default range, 2020–2025: 72 months per series.
    expect(nev).toHaveTextContent(/months with a published figure: Synthetic nev series 1 \d+\/72/);
    expect(await within(nev).findByRole('article', { name: 'Synthetic nev series 1' })).toHaveTextContent(/Latest \(December 2025\)/);
    await user.click(within(nev).getByRole('radio', { name: 'Table' }));
    const table = await within(nev).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(73);
    expect(within(table).getByRole('rowheader', { name: '2020-01' })).toBeInTheDocument();
  });
});
