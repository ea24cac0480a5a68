// The key under a chart: a filled dot per series, then its name. Plain HTML rather than
// recharts' Legend, which measures itself (a forced layout) after every update. The dots are
// filled: hollow marks mean "flagged" in the chart, not in the key.
import { memo } from 'react';
import type { ChartSeries } from './chart-types';
import { seriesKey } from '../model/regions';

interface ChartLegendProps {
  series: ChartSeries[];
  fontSize: number;
  /** Text colour: the chart's axis colour, readable on its surface. */
  color: string;
}

export const ChartLegend = memo(function ChartLegend({ series, fontSize, color }: ChartLegendProps) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-1" style={{ fontSize, color }} data-testid="chart-legend">
      {series.map((s) => (
        <li key={seriesKey(s)} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block shrink-0 rounded-full" style={{ background: s.color, width: fontSize * 0.75, height: fontSize * 0.75 }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
});
