import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import { filterActions } from '../state/filters';
import { parseFilters } from '../state/filters-url';
import { domainOfChart, EmbedView } from './embed-view';

const openLink = (search: string) => {
  window.history.replaceState(null, '', `/embed.html${search}`);
  filterActions.filtersLoaded(parseFilters(search).filters);
};

describe('EmbedView', () => {
  it('draws the one chart the link names: title, filters line, chart with its legend, sources and the way to the full view, and nothing of the app', async () => {
    openLink('?embed=macro-gdp&from=2021&lang=en');
    renderWithProviders(<EmbedView chartId="macro-gdp" />);
    const figure = await screen.findByRole('figure');
    expect(within(figure).getByRole('heading', { level: 1 })).toHaveTextContent(/^GDP$/);
    expect(screen.getByTestId('embed-filters')).toHaveTextContent(/^Chongqing · 2021–2025 · Absolute · bn yuan · years with a published figure: 5\/5/);
    await waitFor(() => expect(screen.getByTestId('embed-sources')).toHaveTextContent(/^Sources: \[S\d+\]/));
    expect(screen.getByTestId('trend-chart')).toHaveTextContent('GDP');
    const full = screen.getByRole('link', { name: /Open in the Chongqing Industry Dashboard/ });
    expect(full).toHaveAttribute('href', 'http://localhost:3000/?from=2021&lang=en');
    expect(full).toHaveAttribute('target', '_blank');
    // No app chrome: no page header, filter bar, deck or export menus.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('button', { name: /Export|Present|Add to deck/ })).toBeNull();
    expect(screen.queryByLabelText(/From/)).toBeNull();
  });

  it('switches between the chart and its table', async () => {
    const user = userEvent.setup();
    openLink('?embed=macro-gdp');
    renderWithProviders(<EmbedView chartId="macro-gdp" />);
    await screen.findByTestId('trend-chart');
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByTestId('trend-chart')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Chart' }));
    expect(await screen.findByTestId('trend-chart')).toBeInTheDocument();
  });

  it('says so, with a link to the full view, for a chart the data does not have', async () => {
    openLink('?embed=macro-no_such_indicator&lang=en');
    renderWithProviders(<EmbedView chartId="macro-no_such_indicator" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This chart is not in the dashboard’s data');
    expect(within(alert).getByRole('link', { name: /Open in the Chongqing Industry Dashboard/ })).toHaveAttribute('href', 'http://localhost:3000/?lang=en');
  });

  it('charts the indicator a hand-written chart id names, when the link does not choose it', async () => {
    openLink('?embed=macro-population&lang=en');
    renderWithProviders(<EmbedView chartId="macro-population" />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Resident population$/);
    expect(document.title).toBe('Resident population · Chongqing Industry Dashboard');
  });

  it('says so for a panel the data does not have, and for an opened dataset', async () => {
    openLink('?embed=nowhere-gdp');
    const { unmount } = renderWithProviders(<EmbedView chartId="nowhere-gdp" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This chart is not in the dashboard’s data');
    unmount();
    renderWithProviders(<EmbedView chartId="macro-gdp" isLocalDataset />);
    expect(await screen.findByRole('alert')).toHaveTextContent('opened in someone’s own browser');
  });
});

describe('domainOfChart', () => {
  it('finds the panel by the longest id the chart id starts with', () => {
    expect(domainOfChart('macro-gdp', ['macro', 'nev'])).toBe('macro');
    expect(domainOfChart('a-b-gdp', ['a', 'a-b'])).toBe('a-b');
    expect(domainOfChart('macrogdp', ['macro'])).toBeUndefined();
  });
});
