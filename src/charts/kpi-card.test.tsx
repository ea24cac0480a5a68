// The KPI card through the real translations: change and CAGR say they are ours, and a card
// whose range spans a break in the series' definition compares only what compares.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Point } from '../api/contract';
import { computeKpi } from '../model/kpi';
import { applyValueMode } from '../model/value-modes';
import { renderWithProviders } from '../../tests/render';
import { KpiCard } from './kpi-card';
import { useFormatters } from './use-formatters';

const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });
// NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
const nev: Point[] = [point(2020, 4.3), point(2022, 36.5, { breakBefore: true }), point(2023, 50), point(2024, 95.32), point(2025, 129.6)];

function Card({ points, from, to }: { points: Point[]; from: number; to: number }) {
  const view = applyValueMode({ indicatorId: 'nev_production', unit: 'vehicles_10k', points }, 'absolute', from, to);
  return <KpiCard title="NEV production" unit="vehicles_10k" kpi={computeKpi(view.points, false)} points={view.points} from={from} to={to} color="#000" format={useFormatters()} />;
}

describe('KpiCard', () => {
  it('computes change and CAGR since the definition changed, says so, and says they are ours', async () => {
    const { rerender } = renderWithProviders(<Card points={nev} from={2020} to={2025} />);
    expect(await screen.findByText('Change since 2022')).toBeInTheDocument();
    expect(screen.getByText('CAGR 2022–2025')).toBeInTheDocument();
    // (129.6 / 36.5) ** (1 / 3) - 1: 52.6%, not the 97.6% a 2020 base would give.
    expect(screen.getByText('+52.6%')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-break')).toHaveTextContent('From 2022 only: the definition changes that year, so earlier figures are not comparable.');
    expect(screen.getByText('Change and CAGR: computed by us')).toBeInTheDocument();
    // A range that starts on the new definition leaves nothing out: no note.
    rerender(<Card points={nev} from={2022} to={2025} />);
    expect(screen.getByText('+52.6%')).toBeInTheDocument();
    expect(screen.queryByTestId('kpi-break')).not.toBeInTheDocument();
  });

  it('says the change is not comparable when the latest figure is the first on its definition', async () => {
    renderWithProviders(<Card points={nev} from={2020} to={2022} />);
    expect(await screen.findByTestId('kpi-break')).toHaveTextContent('Change not comparable: the definition changes in 2022.');
    expect(screen.queryByText(/CAGR/)).not.toBeInTheDocument();
  });
});
