// The key under a chart: a filled dot per series drawn, then its name. Plain HTML rather than
// recharts' Legend, which measures itself (a forced layout) after every update. The dots are
// filled: hollow marks mean "flagged" in the chart, not in the key. A series with no value in
// the chart's range and mode draws nothing, so it has no key; a line under the key names it.
import { memo } from 'react';
import { useTranslation } from '../lib/i18n';
import { formatList } from '../model/format';
import type { ChartSeries } from './chart-types';
import { seriesKey } from '../model/regions';

/** Whether a series draws anything: a value in the chart's range and mode. */
export const isDrawn = (series: Pick<ChartSeries, 'points'>) => series.points.some((p) => p.value !== null);

interface ChartLegendProps {
  series: ChartSeries[];
  fontSize: number;
  /** Text colour: the chart's axis colour, readable on its surface. */
  color: string;
}

export const ChartLegend = memo(function ChartLegend({ series, fontSize, color }: ChartLegendProps) {
  const { t, i18n } = useTranslation();
  const notDrawn = series.filter((s) => !isDrawn(s));
  return (
    <>
      <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-1" style={{ fontSize, color }} data-testid="chart-legend">
        {series.filter(isDrawn).map((s) => (
          <li key={seriesKey(s)} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block shrink-0 rounded-full" style={{ background: s.color, width: fontSize * 0.75, height: fontSize * 0.75 }} />
            {s.label}
          </li>
        ))}
      </ul>
      {notDrawn.length > 0 && (
        <p className="text-center" style={{ fontSize: fontSize * 0.85, color }} data-testid="chart-legend-not-drawn">
          {t('panel.notDrawn', { series: formatList(notDrawn.map((s) => s.label), i18n.language) })}
        </p>
      )}
    </>
  );
});
