import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLegend } from './chart-legend';
import type { ChartSeries } from './chart-types';

const point = (value: number | null) => ({ period: '2024', year: 2024, value, status: 'reported', sourceIds: ['S'] });
const series = (indicatorId: string, label: string, color: string, values: (number | null)[] = [1]): ChartSeries =>
  ({ indicatorId, label, color, unit: 'yuan_100m', points: values.map(point), isModeApplied: false }) as unknown as ChartSeries;

describe('ChartLegend', () => {
  it('names every series drawn in order, each with a dot of its colour', () => {
    render(<ChartLegend series={[series('gdp', 'GDP', '#0072B2'), series('iva', 'Industrial value added', '#A67300')]} fontSize={12} color="#475569" />);
    const items = within(screen.getByTestId('chart-legend')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['GDP', 'Industrial value added']);
    expect(items[1]?.querySelector('span')).toHaveStyle({ background: '#A67300' });
    expect(screen.queryByTestId('chart-legend-not-drawn')).toBeNull();
  });

  it('leaves out a series with no value in the range and mode, and says so under the key', () => {
    render(<ChartLegend series={[series('gdp', 'GDP', '#0072B2'), series('rev', 'Industrial revenue', '#A67300', [null, null])]} fontSize={12} color="#475569" />);
    expect(within(screen.getByTestId('chart-legend')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['GDP']);
    expect(screen.getByTestId('chart-legend-not-drawn')).toHaveTextContent('No value in this range and mode, so not drawn: Industrial revenue.');
  });
});
