// Any data becomes these panels without code: the whole dashboard over a made-up dataset whose
// panels (energy, water) and units (tonnes, cubic metres) the app has never heard of.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { useFilterStore } from '../../src/state/filters';
import { startUrlSync } from '../../src/state/url-sync';
import { madeUpApi } from '../fixtures/made-up-dataset';
import { renderWithProviders } from '../render';

const panelIds = () => screen.getAllByRole('region').flatMap((region) => region.getAttribute('data-panel') ?? []);
const rowOf = (table: HTMLElement, period: string) => within(table).getAllByRole('row').find((row) => within(row).queryByRole('rowheader')?.textContent === period)!;

beforeEach(() => server.use(...createHandlers({ api: madeUpApi })));
afterEach(() => useFilterStore.setState({ domainIds: null, years: null, seriesYears: null }));

describe('a dataset with panels and units of its own', () => {
  it('shows its panels in its order under its titles, and none of the bundled ones', async () => {
    renderWithProviders(<App />);
    const energy = await screen.findByRole('region', { name: /Energy/ });
    expect(within(energy).getByText('Made-up energy figures for tests.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Water/ })).toBeInTheDocument();
    expect(panelIds()).toEqual(['energy', 'water']);
    const filters = screen.getByRole('form', { name: 'Filters' });
    expect(within(filters).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Energy', 'Water', 'Milestones on charts']);
    expect(screen.queryByRole('region', { name: /Macro|NEV|New-energy|Electronics|Materials/ })).not.toBeInTheDocument();
  });

  it('hides and shows its panels from the filter bar', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await screen.findByRole('region', { name: /Energy/ });
    await user.click(screen.getByRole('checkbox', { name: 'Energy' }));
    expect(panelIds()).toEqual(['water']);
    await user.click(screen.getByRole('checkbox', { name: 'Energy' }));
    expect(panelIds()).toEqual(['energy', 'water']);
  });

  it('writes a unit as the data does: its short form on the axis and the card, in full with its decimals in the chart’s words and table', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const energy = await screen.findByRole('region', { name: /Energy/ });
    const card = await within(energy).findByRole('article', { name: 'Coal output' });
    expect(card).toHaveTextContent('15.0 t');
    expect(card).toHaveTextContent('Latest (2024)');
    const figure = within(energy).getByRole('figure', { name: /Coal output/ });
    const chart = await within(figure).findByTestId('trend-chart');
    await waitFor(() => expect([...chart.querySelectorAll('text.recharts-label')].map((label) => label.textContent)).toContain('t'));
    expect(within(figure).getByText(/2021–2024 · Absolute · t ·/)).toBeInTheDocument();
    expect(within(figure).getByTestId('chart-description')).toHaveTextContent(/12\.5 tonnes in 2021 to 15\.0 tonnes in 2024/);

    await user.click(within(energy).getByRole('radio', { name: 'Table' }));
    const table = await within(energy).findByRole('table');
    expect(within(table).getByRole('columnheader', { name: /Coal output/ })).toHaveTextContent('(tonnes)');
    expect(rowOf(table, '2022')).toHaveTextContent('13.0 tonnes');
    expect(rowOf(table, '2023')).toHaveTextContent('no figure');
  });

  it('writes a unit without a short form or decimals as it is, everywhere', async () => {
    renderWithProviders(<App />);
    const water = await screen.findByRole('region', { name: /Water/ });
    const card = await within(water).findByRole('article', { name: 'Water supplied' });
    expect(card).toHaveTextContent('2,600 cubic metres');
    expect(await within(water).findByText(/· cubic metres ·/)).toBeInTheDocument();
  });

  it('drops and reports the panels a link names that the data does not have, and corrects the address', async () => {
    window.history.replaceState(null, '', '/?domains=water,macro&macro.chart=bar&water.view=table');
    const stop = startUrlSync();
    renderWithProviders(<App />);
    const water = await screen.findByRole('region', { name: 'Water' }); // its table is a region of its own
    const notice = await screen.findByText(/were not understood/);
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveTextContent('domains=macro (no such panel)'));
    expect(notice.closest('[role="status"]')).toHaveTextContent('macro.chart=bar (no such panel)');
    expect(panelIds()).toEqual(['water']);
    expect(await within(water).findByRole('table')).toBeInTheDocument();
    expect(window.location.search).toBe('?from=2021&domains=water&water.view=table'); // the data starts in 2021
    stop();
  });
});
