// The data table and tooltip around a break in a series' definition: every computed value says
// so, a gap says why, and the year the definition changes is marked.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Point } from '../api/contract';
import { applyValueMode } from '../model/value-modes';
import type { ValueMode } from '../state/filters-schema';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from './chart-types';
import { ChartTooltip } from './chart-tooltip';
import { DataTable } from './data-table';
import { useFormatters } from './use-formatters';

const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });
// NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
const nev: Point[] = [point(2020, 4.3), point(2022, 36.5, { breakBefore: true }), point(2023, 50), point(2024, 95.32), point(2025, 129.6)];

function view(mode: ValueMode): ChartView {
  const series = applyValueMode({ indicatorId: 'nev_production', unit: 'vehicles_10k', points: nev }, mode, 2020, 2025);
  return { id: 'nev', title: 'NEV production', subtitle: '', unit: series.unit, chartType: 'line', mode, from: 2020, to: 2025, series: [{ ...series, label: 'NEV production', color: '#000' }] };
}
const Table = ({ mode }: { mode: ValueMode }) => <DataTable view={view(mode)} format={useFormatters()} sourceLabel={(id) => id} />;
const Tooltip = ({ mode, period }: { mode: ValueMode; period: string }) => <ChartTooltip view={view(mode)} format={useFormatters()} label={period} />;

const row = async (year: string) => (await screen.findByRole('rowheader', { name: year })).closest('tr')!;

describe('DataTable across a break in the definition', () => {
  it('marks the year the definition changes', async () => {
    renderWithProviders(<Table mode="absolute" />);
    expect(within(await row('2022')).getByRole('cell')).toHaveTextContent('reported · S1 · definition changes: not comparable with earlier years');
    expect(within(await row('2023')).getByRole('cell')).not.toHaveTextContent('definition changes');
  });

  it('labels an index value computed by us, and a year on the other side of the break as a gap with its reason', async () => {
    renderWithProviders(<Table mode="index" />);
    expect(within(await row('2020')).getByRole('cell')).toHaveTextContent('(not comparable with the base year: the definition changes in between)');
    expect(within(await row('2022')).getByRole('cell')).toHaveTextContent(/^100computed by us · S1 · from the published figures of 2022$/);
    expect(within(await row('2025')).getByRole('cell')).toHaveTextContent('computed by us · S1 · from the published figures of 2022 and 2025');
  });
});

describe('ChartTooltip across a break in the definition', () => {
  it('says why a computed value is missing', async () => {
    renderWithProviders(<Tooltip mode="index" period="2020" />);
    expect(await screen.findByRole('listitem')).toHaveTextContent('no figure(not comparable with the base year: the definition changes in between)');
  });

  it('marks the year the definition changes', async () => {
    renderWithProviders(<Tooltip mode="absolute" period="2022" />);
    expect(await screen.findByRole('listitem')).toHaveTextContent('(definition changes: not comparable with earlier years)');
  });
});
