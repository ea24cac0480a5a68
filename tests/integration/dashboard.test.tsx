// The whole dashboard over msw/node: real providers, real handlers, the bundled dataset.
// Assertions read what a person reads: headings, KPI text, table cells, alerts.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { filterActions } from '../../src/state/filters';
import { startUrlSync } from '../../src/state/url-sync';
import { renderWithProviders } from '../render';

const panel = (name: RegExp) => screen.getByRole('region', { name });
const findPanel = async (name: RegExp) => screen.findByRole('region', { name });
const kpi = (region: HTMLElement, title: string) => within(region).getByRole('article', { name: title });

describe('dashboard', () => {
  it('shows four panels built from the API, each with KPI cards, a chart, facts and sources', async () => {
    renderWithProviders(<App />);
    for (const name of [/Macro economy/, /New-energy vehicles/, /Electronics/, /Materials/]) {
      const region = await findPanel(name);
      await within(region).findAllByRole('article');
      await waitFor(() => expect(within(region).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
      expect(within(region).getByRole('heading', { name: 'Key facts' })).toBeInTheDocument();
      await within(region).findByText(/Sources \(\d+\)/);
    }
  });

  it('shows the latest NEV production as published, 1.296M in 2025', async () => {
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    const card = await waitFor(() => kpi(nev, 'NEV production'));
    expect(card).toHaveTextContent('1.296M vehicles');
    expect(card).toHaveTextContent('Latest (2025)');
    expect(card).toHaveTextContent('Change since 2022');
  });

  it('charts each panel to its latest year while the API has not said the data\'s years', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })));
    renderWithProviders(<App />);
    const nev = await findPanel(/NEV industry/); // the panel's own name: the API's did not come
    const card = await waitFor(() => kpi(nev, 'NEV production'));
    expect(card).toHaveTextContent('Latest (2025)');
  });

  it('updates KPI cards and the data table when the year range changes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    await waitFor(() => expect(kpi(nev, 'NEV production')).toHaveTextContent('Latest (2025)'));
    const marks = () => within(nev).getByTestId('trend-chart').querySelectorAll('circle[data-status]').length;
    await waitFor(() => expect(marks()).toBeGreaterThan(0));
    const marksBefore = marks();
    await user.selectOptions(screen.getByLabelText('To'), '2024');
    // NEV production loses its 2025 mark; automobile production, left with two years (2023, 2024),
    // is no longer what the panel opens on (three of its marks go): the rule follows the range, as a link does.
    await waitFor(() => expect(marks()).toBe(marksBefore - 4));
    expect(kpi(nev, 'NEV production')).toHaveTextContent('953.2K vehicles');
    expect(kpi(nev, 'NEV production')).toHaveTextContent('Latest (2024)');

    await user.click(within(nev).getByRole('radio', { name: 'Table' }));
    const table = await within(nev).findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryByRole('rowheader')?.textContent).filter(Boolean)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const row2020 = rows.find((row) => within(row).queryByRole('rowheader')?.textContent === '2020')!;
    expect(row2020).toHaveTextContent('43,000 vehicles');
    const row2022 = rows.find((row) => within(row).queryByRole('rowheader')?.textContent === '2022')!;
    expect(row2022).toHaveTextContent('365,000 vehicles');
    expect(row2022).toHaveTextContent(/also published: nearly 369,000 vehicles \(\[S21\]/);
    const row2021 = rows.find((row) => within(row).queryByRole('rowheader')?.textContent === '2021')!;
    expect(row2021).toHaveTextContent('no figure');
  });

  it('switches the table to computed year-on-year values, labelled as ours', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    await within(nev).findAllByRole('article');
    await user.click(screen.getByRole('radio', { name: 'Year-on-year %' }));
    await user.click(within(nev).getByRole('radio', { name: 'Table' }));
    const row2024 = within(await within(nev).findByRole('table')).getAllByRole('row').find((row) => row.textContent?.startsWith('2024'))!;
    // 95.32 / 50 (2023, rounded) - 1 = +90.6%, approximate because 2023 is rounded
    expect(row2024).toHaveTextContent(/about \+90\.6%/);
    expect(row2024).toHaveTextContent('computed by us');
  });

  it('describes each chart in words, naming growth rates as such in year-on-year mode', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    await waitFor(() => expect(within(nev).getAllByTestId('chart-description')[0]).toHaveTextContent(/^NEV production rose from 365,000 vehicles in 2022 to 1,296,000 vehicles in 2025\. The definition changes in 2022: earlier figures are not compared\./));
    await user.click(screen.getByRole('radio', { name: 'Year-on-year %' }));
    await waitFor(() => expect(within(nev).getAllByTestId('chart-description')[0]).toHaveTextContent(/^Year-on-year change in NEV production (rose|fell) from/));
    const figure = within(nev).getAllByRole('figure')[0]!;
    expect(figure).toHaveAccessibleDescription(/Year-on-year change in NEV production/);
  });

  it('shows an empty state when the filters exclude every figure', async () => {
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    await within(nev).findAllByRole('article');
    act(() => {
      filterActions.indicatorsChanged('nev', ['nev_production']);
      filterActions.yearRangeChanged(2019, 2019);
    });
    expect(await within(nev).findByText(/No published figure for the chosen indicators in 2019–2019/)).toBeInTheDocument();
    expect(kpi(nev, 'NEV production')).toHaveTextContent('No figure in range');
  });

  it('keeps the other panels working when one panel’s endpoint fails, and recovers on Retry', async () => {
    const user = userEvent.setup();
    let isFailing = true;
    server.use(
      http.get('*/api/v1/indicators', ({ request }) => {
        if (isFailing && new URL(request.url).searchParams.get('domain') === 'electronics') {
          return HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 500 });
        }
        return undefined; // fall through to the real handler
      }),
    );
    renderWithProviders(<App />);
    const electronics = await findPanel(/Electronics/);
    const alert = await within(electronics).findByRole('alert');
    expect(alert).toHaveTextContent('database unavailable');
    const nev = panel(/New-energy vehicles/);
    await waitFor(() => expect(within(nev).getAllByTestId('trend-chart').length).toBeGreaterThan(0));

    isFailing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(electronics).queryByRole('alert')).not.toBeInTheDocument());
    await waitFor(() => expect(within(electronics).getAllByTestId('trend-chart').length).toBeGreaterThan(0));
  });

  it('says the data was malformed rather than drawing it', async () => {
    server.use(http.get('*/api/v1/series', () => HttpResponse.json({ series: [{ indicatorId: 'gdp', unit: 'furlongs', points: 'many' }] })));
    renderWithProviders(<App />);
    const macro = await findPanel(/Macro economy/);
    expect(await within(macro).findByRole('alert')).toHaveTextContent('unexpected shape');
  });

  it('lets the reader pick indicators and hides panels', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const macro = await findPanel(/Macro economy/);
    await within(macro).findAllByRole('article');
    const before = within(macro).getAllByRole('article').length;
    await user.click(within(macro).getByText(/^Indicators/));
    await user.click(within(macro).getByRole('checkbox', { name: /GDP per capita/ }));
    expect(within(macro).getAllByRole('article')).toHaveLength(before + 1);
    expect(within(macro).getByRole('article', { name: 'GDP per capita' })).toHaveTextContent('more than 100,000 yuan');

    await user.click(screen.getByRole('checkbox', { name: 'Materials' }));
    expect(screen.queryByRole('region', { name: /Materials/ })).not.toBeInTheDocument();
  });

  it('drops an unknown indicator or company from a link, says so, and corrects the address', async () => {
    window.history.replaceState(null, '', '/?nev.ind=nev_production,zzz&nev.company=Nonexistent');
    const stop = startUrlSync();
    renderWithProviders(<App />);
    const notice = await screen.findByText(/were not understood/);
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveTextContent('nev.ind=zzz (no such indicator)'));
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveTextContent('nev.company=Nonexistent (no such company)'));
    expect(window.location.search).toBe('?nev.ind=nev_production');
    stop();
  });

  it('filters company facts by company', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const nev = await findPanel(/New-energy vehicles/);
    const select = await within(nev).findByRole('combobox', { name: 'Company or body' });
    await user.selectOptions(select, 'Seres');
    const facts = within(nev).getAllByRole('listitem').filter((item) => item.hasAttribute('data-fact-id'));
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact).toHaveTextContent('Seres');
  });
});
