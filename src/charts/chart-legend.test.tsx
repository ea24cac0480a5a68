import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLegend } from './chart-legend';
import type { ChartSeries } from './chart-types';

const series = (indicatorId: string, label: string, color: string): ChartSeries => ({ indicatorId, label, color, unit: 'yuan_100m', points: [], isModeApplied: false } as unknown as ChartSeries);

describe('ChartLegend', () => {
  it('names every series in order, each with a dot of its colour', () => {
    render(<ChartLegend series={[series('gdp', 'GDP', '#0072B2'), series('iva', 'Industrial value added', '#A67300')]} fontSize={12} color="#475569" />);
    const items = within(screen.getByTestId('chart-legend')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['GDP', 'Industrial value added']);
    expect(items[1]?.querySelector('span')).toHaveStyle({ background: '#A67300' });
  });
});
