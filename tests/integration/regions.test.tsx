// Regions side by side, over msw/node with the bundled package: China beside Chongqing in the
// macro panel, and the share of the national total, computed by us and labelled so.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { startUrlSync } from '../../src/state/url-sync';
import { renderWithProviders } from '../render';

const findMacro = () => screen.findByRole('region', { name: /Macro economy/ });
const legendOf = (region: HTMLElement) => within(region).getAllByTestId('chart-legend')[0]!;
const rowOf = (table: HTMLElement, period: string) => within(table).getAllByRole('row').find((row) => within(row).queryByRole('rowheader')?.textContent === period)!;

async function chooseChina(user: ReturnType<typeof userEvent.setup>, macro: HTMLElement) {
  await user.click(await within(macro).findByText(/^Regions/));
  const china = within(macro).getByRole('checkbox', { name: /^China/ });
  expect(china).toHaveAccessibleName('China country');
  await user.click(china);
}

describe('regions side by side', () => {
  it('draws China beside Chongqing when chosen, the legend, table and cards naming each region, and keeps it in the link', async () => {
    const user = userEvent.setup();
    const stop = startUrlSync();
    renderWithProviders(<App />);
    const macro = await findMacro();
    await within(macro).findAllByRole('article');
    expect(within(macro).getByRole('checkbox', { name: /^Chongqing/, hidden: true })).toBeChecked();
    await chooseChina(user, macro);
    await waitFor(() => expect(legendOf(macro)).toHaveTextContent('GDP · China'));
    expect(legendOf(macro)).toHaveTextContent('GDP · Chongqing');
    // GDP for two regions (the panel opens on GDP alone: industrial value added has two years): two lines on one axis.
    await waitFor(() => expect(within(macro).getAllByTestId('trend-chart')[0]!.querySelectorAll('path.recharts-line-curve')).toHaveLength(2));
    expect(within(macro).getByRole('article', { name: 'GDP · China' })).toHaveTextContent('Latest (2025)');
    expect(within(macro).getByRole('article', { name: 'GDP · Chongqing' })).toBeInTheDocument();
    expect(window.location.search).toBe('?macro.regions=chongqing,china');
    expect(within(macro).getAllByTestId('trend-chart')[0]).toHaveTextContent('GDP passes 3 trillion yuan'); // Chongqing's milestone, Chongqing drawn

    await user.click(within(macro).getByRole('radio', { name: 'Table' }));
    const table = await within(macro).findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(expect.arrayContaining([expect.stringMatching(/^GDP · Chongqing/), expect.stringMatching(/^GDP · China/)]));
    expect(rowOf(table, '2024')).toHaveTextContent('134,908.4 bn yuan (preliminary)');
    stop();
  });

  it('keeps the panel, its picker and the reader’s place while China’s figures are on their way', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v1/series', async ({ request }) => {
        if (new URL(request.url).searchParams.get('entities') === 'china') await held;
        return undefined; // then the real handler answers
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const macro = await findMacro();
    await within(macro).findAllByRole('article');
    await chooseChina(user, macro);
    expect(macro).toHaveAttribute('aria-busy', 'true');
    const china = within(macro).getByRole('checkbox', { name: /^China/ });
    expect(china).toBeChecked();
    expect(china).toHaveFocus();
    expect(legendOf(macro)).not.toHaveTextContent('China'); // the chart as it was, not a line of gaps
    release();
    await waitFor(() => expect(legendOf(macro)).toHaveTextContent('GDP · China'));
    expect(macro).toHaveAttribute('aria-busy', 'false');
  });

  it('keeps the last view and says so when China’s figures fail to come', async () => {
    server.use(
      http.get('*/api/v1/series', ({ request }) =>
        new URL(request.url).searchParams.get('entities') === 'china' ? HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }) : undefined,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const macro = await findMacro();
    await within(macro).findAllByRole('article');
    await chooseChina(user, macro);
    expect(await within(macro).findByText('Showing the last figures loaded; refreshing failed.')).toBeInTheDocument();
    expect(legendOf(macro)).not.toHaveTextContent('China');
    expect(within(macro).getByRole('checkbox', { name: /^China/ })).toBeChecked(); // the reader can untick it again
  });

  it('shows each region’s share of the national total, computed by us, with a labelled gap where the bases differ', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const macro = await findMacro();
    await within(macro).findAllByRole('article');
    await chooseChina(user, macro);
    await waitFor(() => expect(legendOf(macro)).toHaveTextContent('GDP · China'));
    await user.click(screen.getByRole('radio', { name: 'Share of national total (%)' }));
    // The country is the total: not drawn as a share of itself.
    await waitFor(() => expect(legendOf(macro)).not.toHaveTextContent('China'));
    expect(legendOf(macro)).toHaveTextContent('GDP · Chongqing');
    expect(within(macro).getAllByRole('figure')[0]).toHaveTextContent('Share of the national total (China = 100%), computed by us');
    await user.click(within(macro).getByRole('radio', { name: 'Table' }));
    const table = await within(macro).findByRole('table');
    // 32,193.15 / 1,349,084 = 2.386%
    expect(rowOf(table, '2024')).toHaveTextContent(/2\.39%.*computed by us/);
    expect(rowOf(table, '2024')).toHaveTextContent('from the published figures of 2024');
    // Chongqing's 2025 GDP is only a bound ("more than 3.37 trillion").
    expect(rowOf(table, '2025')).toHaveTextContent('not on the same basis as the national figure');
    // KPI cards keep the published figures.
    expect(within(macro).getByRole('article', { name: 'GDP · Chongqing' })).toHaveTextContent('Latest (2025)');
  });

  it('says why no share of Chongqing’s NEV output is computed, year by year', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?mode=share&domains=nev&nev.ind=nev_production');
    const stop = startUrlSync();
    renderWithProviders(<App />);
    const nev = await screen.findByRole('region', { name: /New-energy vehicles/ });
    expect(await within(nev).findByText('No value can be computed in 2020–2025: the table says why for each year.')).toBeInTheDocument();
    await user.click(within(nev).getByRole('radio', { name: 'Table' }));
    const table = await within(nev).findByRole('table');
    // 2020 counts intelligent connected NEVs only; China's 2024 figure is a bound.
    expect(rowOf(table, '2020')).toHaveTextContent('not on the same basis as the national figure');
    expect(rowOf(table, '2022')).toHaveTextContent('no national figure for this year');
    expect(rowOf(table, '2024')).toHaveTextContent('not on the same basis as the national figure');
    stop();
  });

  it('offers the share mode only where a panel shows a region other than the country', async () => {
    window.history.replaceState(null, '', '/?macro.regions=china&domains=macro');
    const stop = startUrlSync();
    renderWithProviders(<App />);
    const macro = await findMacro();
    await within(macro).findAllByRole('article');
    const share = await screen.findByRole('radio', { name: 'Share of national total (%)' });
    await waitFor(() => expect(share).toBeDisabled());
    expect(share.closest('fieldset')).toHaveAccessibleDescription(/no panel shows a region other than the country/);
    expect(within(macro).getByRole('article', { name: 'GDP · China' })).toBeInTheDocument();
    // The data's facts are Chongqing's: a chart of China alone marks none of its milestones.
    expect(within(macro).getAllByTestId('trend-chart')[0]).not.toHaveTextContent('GDP passes 3 trillion yuan');
    stop();
  });
});
