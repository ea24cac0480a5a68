// How many periods of a chart have a figure, per series: sparse series are common, so a chart's
// caption says how sparse each one is (the dashboard's panels and the embed).
import { chartPeriods } from '../model/chart-rows';
import { formatList } from '../model/format';
import type { ChartView } from './chart-types';

/** "4/6", or "GDP 6/6, NEV output 4/6" for several series. */
export function coverage(chart: ChartView, locale: string): string {
  const total = chartPeriods(chart.series, chart.from, chart.to).length;
  const count = (s: ChartView['series'][number]) => s.points.filter((p) => p.value !== null).length;
  const [only, ...others] = chart.series;
  if (only && others.length === 0) return `${count(only)}/${total}`;
  return formatList(chart.series.map((s) => `${s.label} ${count(s)}/${total}`), locale);
}
