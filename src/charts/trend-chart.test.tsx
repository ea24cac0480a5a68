// A long monthly series through the real TrendChart and DataTable: the chart draws no more
// points than its plot has pixels, the table keeps every month.
import { act, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Point } from '../api/contract';
import { applyValueMode } from '../model/value-modes';
import { periodsInRange } from '../model/period';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from './chart-types';
import { DataTable } from './data-table';
import { chartMilestoneLayout } from './milestones';
import { TrendChart } from './trend-chart';
import { buildChartRows } from '../model/chart-rows';
import { useFormatters } from './use-formatters';

const months = periodsInRange(1976, 2025, true);
const points: Point[] = months.map((period, index) => ({
  period,
  // A missing stretch in 2001: the line must break there.
  value: period.startsWith('2001-0') ? null : 100 + index + (index % 12) * 3,
  status: index >= months.length - 3 ? 'estimated' : 'reported',
  sourceId: 'S',
}));
const view = (mode: 'absolute' | 'yoy' = 'absolute'): ChartView => {
  const series = applyValueMode({ indicatorId: 'm', unit: 'units_10k', points }, mode, 1976, 2025);
  return { id: 'v', title: 'Monthly', subtitle: '', unit: series.unit, chartType: 'line', mode, from: 1976, to: 2025, series: [{ ...series, label: 'Monthly', color: '#0072b2' }] };
};

/** `animates`: the chart's default, lines growing in on the first drawing; otherwise none. */
function Chart({ chart, animates = false }: { chart: ChartView; animates?: boolean }) {
  return <TrendChart view={chart} format={useFormatters()} isAnimationActive={animates ? undefined : false} />;
}
function Table({ chart }: { chart: ChartView }) {
  return <DataTable view={chart} format={useFormatters()} sourceLabel={(id) => id} />;
}

const swap: { show?: (chart: ChartView) => void } = {};
function SwappableChart({ initial, animates }: { initial: ChartView; animates?: boolean }) {
  const [chart, setChart] = useState(initial);
  useEffect(() => {
    swap.show = setChart;
  }, []);
  return <Chart chart={chart} animates={animates} />;
}
const showChart = (chart: ChartView) => swap.show?.(chart);

const linePoints = (container: HTMLElement) => {
  const d = container.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '';
  return { points: (d.match(/[ML]/g) ?? []).length, runs: (d.match(/M/g) ?? []).length };
};

describe('TrendChart with 600 months', () => {
  it('draws at most one point per pixel of its plot, keeps the gap, and labels the axis in years', async () => {
    const { container } = renderWithProviders(<Chart chart={view()} />);
    await screen.findByTestId('trend-chart');
    const { points: drawn, runs } = linePoints(container);
    // The test's chart is 640 px wide (tests/setup.ts); its plot is narrower still.
    expect(drawn).toBeGreaterThan(300);
    expect(drawn).toBeLessThan(640);
    expect(runs).toBe(2); // broken once, at the missing months of 2001
    // recharts 3 draws tick labels in a layer of their own.
    const labels = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent);
    expect(labels.length).toBeGreaterThan(4);
    expect(labels.every((label) => /^\d{4}$/.test(label ?? ''))).toBe(true);
    // Dense: only the flagged (estimated) months keep a mark, all three of them.
    expect(container.querySelectorAll('circle[data-status="estimated"]').length).toBe(3);
    expect(container.querySelectorAll('circle[data-status]').length).toBe(3);
  });

  it('computes year-on-year changes against the same month a year before', () => {
    const yoy = view('yoy').series[0];
    const march1977 = yoy?.points.find((p) => p.period === '1977-03');
    // 1977-03 is index 14, 1976-03 index 2: (100 + 14 + 6) / (100 + 2 + 6) - 1.
    expect(march1977?.value).toBeCloseTo((120 / 108 - 1) * 100, 6);
    expect(march1977?.inputs).toEqual([
      { period: '1976-03', value: 108 },
      { period: '1977-03', value: 120 },
    ]);
  });

  it('keeps every month in the data table', () => {
    renderWithProviders(<Table chart={view()} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(601);
    expect(within(table).getByRole('columnheader', { name: 'Month' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '2001-03' })).toBeInTheDocument();
  });
});

describe('TrendChart given its view again', () => {
  it('does not draw again a view equal by content (a panel rebuilds its views on every change), and does for a new one', async () => {
    const { container } = renderWithProviders(<SwappableChart initial={view()} />);
    await screen.findByTestId('trend-chart');
    const line = container.querySelector('path.recharts-line-curve');
    const drawn = line?.getAttribute('d');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(async () => showChart(view()));
    expect(changes).toEqual([]);
    expect(container.querySelector('path.recharts-line-curve')).toBe(line);
    await act(async () => showChart(view('yoy')));
    observer.disconnect();
    expect(changes.length).toBeGreaterThan(0);
    expect(container.querySelector('path.recharts-line-curve')?.getAttribute('d')).not.toBe(drawn);
  });
});

const yearly = (to: number, estimated: string): ChartView => ({
  id: 'y',
  title: 'Yearly',
  subtitle: '',
  unit: 'units_10k',
  chartType: 'line',
  mode: 'absolute',
  from: 2020,
  to,
  series: [
    {
      indicatorId: 'y',
      unit: 'units_10k',
      isModeApplied: false,
      label: 'Yearly',
      color: '#0072b2',
      points: Array.from({ length: to - 2019 }, (_, index) => {
        const period = String(2020 + index);
        return { period, year: 2020 + index, value: 10 + index, status: period === estimated ? ('estimated' as const) : ('reported' as const), sourceIds: ['S'] };
      }),
    },
  ],
});

describe('TrendChart asked to animate after it appeared', () => {
  it('draws nothing again: whether lines grow in is read once, when the chart appears', async () => {
    const flip: { animate?: () => void } = {};
    const shown = view();
    function Flipping() {
      const [animates, setAnimates] = useState(false);
      useEffect(() => {
        flip.animate = () => setAnimates(true);
      }, []);
      return <Chart chart={shown} animates={animates} />;
    }
    const { container } = renderWithProviders(<Flipping />);
    await screen.findByTestId('trend-chart');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(async () => flip.animate?.());
    observer.disconnect();
    expect(changes).toEqual([]);
  });
});

describe('TrendChart given another range', () => {
  it('redraws its line in place, each mark with the status of its new point', async () => {
    const { container } = renderWithProviders(<SwappableChart initial={yearly(2025, '2024')} />);
    await screen.findByTestId('trend-chart');
    const line = container.querySelector('path.recharts-line-curve');
    const statuses = () => [...container.querySelectorAll('circle[data-status]')].map((mark) => mark.getAttribute('data-status'));
    expect(statuses()).toEqual(['reported', 'reported', 'reported', 'reported', 'estimated', 'reported']);
    await act(async () => showChart(yearly(2023, '2021')));
    // The same path element, redrawn: recharts keyed a line on its points, and drew it anew
    // (with its marks) on every change (patches/recharts+*.patch).
    expect(container.querySelector('path.recharts-line-curve')).toBe(line);
    expect(statuses()).toEqual(['reported', 'estimated', 'reported', 'reported']);
  });

  it('marks each milestone on its year, with its label', async () => {
    const milestones = [
      { year: 2022, label: 'Plant opens' },
      { year: 2019, label: 'Out of range' },
    ];
    function ChartWithMilestones() {
      return <TrendChart view={yearly(2025, '')} format={useFormatters()} isAnimationActive={false} milestones={milestones} />;
    }
    const { container } = renderWithProviders(<ChartWithMilestones />);
    await screen.findByTestId('trend-chart');
    const lines = container.querySelectorAll('[data-milestones] line');
    expect(lines).toHaveLength(1);
    expect([...container.querySelectorAll('[data-milestone]')].map((label) => label.textContent)).toEqual(['Plant opens']);
    // On the 2022 mark: the third of six.
    const marks = [...container.querySelectorAll('circle[data-status]')];
    expect(Number(lines[0]?.getAttribute('x1'))).toBeCloseTo(Number(marks[2]?.getAttribute('cx')), 5);
    // Its label beside the line, above the plot, where the layout planned it (the plan is right to the pixel).
    const label = container.querySelector('[data-milestone]');
    const plot = container.querySelector('[data-milestone-plot]');
    expect(Number(label?.getAttribute('x'))).toBeCloseTo(Number(lines[0]?.getAttribute('x1')) + 4, 5);
    expect(Number(label?.getAttribute('y'))).toBeLessThan(Number(plot?.getAttribute('y')));
  });

  it.each(['line', 'bar'] as const)('plans label places from the chart size as recharts draws the axis (%s)', async (chartType) => {
    const milestones = [{ year: 2021, label: 'A' }, { year: 2024, label: 'B' }];
    const chart = { ...yearly(2025, ''), chartType };
    function Fixed() {
      return <TrendChart view={chart} width={500} height={300} format={useFormatters()} isAnimationActive={false} milestones={milestones} />;
    }
    const { container } = renderWithProviders(<Fixed />);
    await waitFor(() => expect(container.querySelectorAll('[data-milestones] line')).toHaveLength(2));
    if (chartType === 'bar') await waitFor(() => expect(container.querySelector('.recharts-bar-rectangle')).not.toBeNull());
    const layout = chartMilestoneLayout(buildChartRows(chart.series, chart.from, chart.to), milestones, { left: 8 + 12 * 5.5, width: 500 - 12 * 6 - 24, isBand: chartType === 'bar' }, 12);
    const xs = [...container.querySelectorAll('[data-milestones] line')].map((line) => Number(line.getAttribute('x1')));
    expect(xs[0]).toBeCloseTo(layout.placed[0]?.x ?? 0, 5);
    expect(xs[1]).toBeCloseTo(layout.placed[1]?.x ?? 0, 5);
  });
});

describe('TrendChart drawn with its entrance animation', () => {
  it('redraws at once on later changes, in place from the second one, marks up to date', async () => {
    const { container } = renderWithProviders(<SwappableChart initial={yearly(2025, '2024')} animates />);
    await screen.findByTestId('trend-chart');
    const statuses = () => [...container.querySelectorAll('circle[data-status]')].map((mark) => mark.getAttribute('data-status'));
    // The first change ends the animation: the line is drawn again once, still.
    await act(async () => showChart(yearly(2024, '2022')));
    expect(statuses()).toEqual(['reported', 'reported', 'estimated', 'reported', 'reported']);
    const line = container.querySelector('path.recharts-line-curve');
    expect(line).not.toBeNull();
    await act(async () => showChart(yearly(2023, '2020')));
    expect(container.querySelector('path.recharts-line-curve')).toBe(line);
    expect(statuses()).toEqual(['estimated', 'reported', 'reported', 'reported']);
  });
});
