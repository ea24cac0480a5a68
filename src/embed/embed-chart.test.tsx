import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from '../charts/chart-types';
import { useFormatters } from '../charts/use-formatters';
import { filterActions } from '../state/filters';
import { parseFilters } from '../state/filters-url';
import { EmbedChart } from './embed-chart';

// Published figures in 2022 and 2024 only: year on year, no year has the year before it.
const noComputedValue: ChartView = {
  id: 'macro-gdp',
  title: 'GDP',
  subtitle: '2022–2024 · Year on year',
  unit: 'yoy_percent',
  chartType: 'line',
  mode: 'yoy',
  from: 2022,
  to: 2024,
  series: [
    {
      indicatorId: 'gdp',
      unit: 'yoy_percent',
      isModeApplied: true,
      label: 'GDP',
      color: '#000',
      points: [2022, 2024].map((year) => ({ period: String(year), year, value: null, status: 'computed', sourceIds: ['S1'], gapReason: 'no_previous_year' as const })),
    },
  ],
};

function Embed({ chart }: { chart: ChartView }) {
  return <EmbedChart chart={chart} mode={chart.mode} format={useFormatters()} sourcesById={new Map()} milestones={[]} initialView="chart" onDrawn={() => undefined} />;
}

describe('EmbedChart', () => {
  it('says no value can be computed, not that no figure was published, and lets the table say why', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Embed chart={noComputedValue} />);
    expect(screen.getByText(/No value can be computed in 2022–2024/)).toBeInTheDocument();
    expect(screen.queryByText(/No published figure/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(await screen.findByRole('table')).toHaveTextContent('no figure for the previous year');
  });

  it('says no figure was published when none was', () => {
    const chart = { ...noComputedValue, series: noComputedValue.series.map((s) => ({ ...s, points: s.points.map(({ gapReason: _, ...p }) => p) })) };
    renderWithProviders(<Embed chart={chart} />);
    expect(screen.getByText(/No published figure for the chosen indicators in 2022–2024/)).toBeInTheDocument();
  });

  it('shows the reader’s own title, subtitle and note from the link', () => {
    const search = '?embed=macro-gdp&macro-gdp.title=Chongqing+output&macro-gdp.subtitle=Year+on+year,+nominal&macro-gdp.note=Reporter+Li';
    window.history.replaceState(null, '', `/embed.html${search}`);
    filterActions.filtersLoaded(parseFilters(search).filters);
    renderWithProviders(<Embed chart={noComputedValue} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Chongqing output$/);
    expect(screen.getByTestId('embed-filters')).toHaveTextContent(/^Year on year, nominal · /);
    expect(screen.getByText('Reporter Li')).toBeInTheDocument();
    expect(document.title).toBe('Chongqing output · Chongqing Industry Dashboard');
    expect(screen.getByRole('figure')).toHaveAccessibleName(/^Chongqing output/);
  });
});
