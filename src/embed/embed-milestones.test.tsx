import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import type { ChartMilestone } from '../charts/trend-chart';
import { filterActions } from '../state/filters';
import { parseFilters } from '../state/filters-url';
import { EmbedView } from './embed-view';

// The chart as a list of the milestones it is given: what it marks is what this file checks.
vi.mock('../charts/trend-chart', () => ({
  TrendChart: ({ milestones = [] }: { milestones?: ChartMilestone[] }) => (
    <ul data-testid="trend-chart">
      {milestones.map((milestone) => (
        <li key={milestone.label}>{milestone.label}</li>
      ))}
    </ul>
  ),
}));

const openLink = (search: string) => {
  window.history.replaceState(null, '', `/embed.html${search}`);
  filterActions.filtersLoaded(parseFilters(search).filters);
};

describe('EmbedView milestones', () => {
  it('marks only the milestones of the indicators its chart draws', async () => {
    openLink('?embed=macro-gdp&lang=en');
    const { unmount } = renderWithProviders(<EmbedView chartId="macro-gdp" />);
    const gdp = await screen.findByTestId('trend-chart');
    expect(gdp).toHaveTextContent('GDP passes 3 trillion yuan');
    expect(gdp).not.toHaveTextContent('GDP per capita');
    expect(gdp).not.toHaveTextContent('Industrial output');
    unmount();
    openLink('?embed=macro-population&lang=en');
    renderWithProviders(<EmbedView chartId="macro-population" />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Resident population$/);
    expect(screen.getByTestId('trend-chart')).toBeEmptyDOMElement();
  });
});
