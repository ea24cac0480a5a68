// Tooltip: the period, then each series' value with its qualifier and status, in the reader's
// words, formatted as in cards and tables; a computed value's gap says why, and a change of
// definition is marked. Its colours follow the theme it opens over (styles.css, --popup-*).
import { useTranslation } from '../lib/i18n';
import { pointAt } from '../model/chart-rows';
import type { Formatters } from './use-formatters';
import type { ChartView } from './chart-types';
import { seriesKey } from '../model/regions';

export interface ChartTooltipProps {
  view: ChartView;
  format: Formatters;
  label: string | number;
}

export function ChartTooltip({ view, format, label }: ChartTooltipProps) {
  const { t } = useTranslation();
  const period = String(label);
  return (
    <div className="rounded-md border border-(--popup-border) bg-(--popup-bg) px-3 py-2 text-xs text-(--popup-text) shadow-md" data-testid="chart-tooltip">
      <p className="mb-1 font-semibold">{format.period(period)}</p>
      <ul className="space-y-0.5">
        {view.series.map((series) => {
          const point = pointAt(series, period);
          const text =
            point && point.value !== null
              ? format.qualified(point.value, series, point.qualifier)
              : t('table.noFigure');
          return (
            <li key={seriesKey(series)} className="flex items-baseline gap-2">
              <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full" style={{ background: series.color }} />
              <span className="text-(--popup-muted)">{t('format.label', { label: series.label })}</span>
              <span className="font-medium">{text}</span>
              {point && point.value !== null && point.status !== 'reported' && (
                <span className="text-(--popup-muted)">({t(`table.statuses.${point.status}`)})</span>
              )}
              {point?.value === null && point.gapReason && <span className="text-(--popup-muted)">({t(`table.notes.${point.gapReason}`)})</span>}
              {point?.isSeriesBreak && <span className="text-(--popup-warning)">({t('table.breakBefore')})</span>}
              {point?.alternatives && point.alternatives.length > 0 && (
                <span className="text-(--popup-warning)">
                  ({point.alternatives.map((alt) => format.qualified(alt.value, series, alt.qualifier)).join('; ')} {t('table.elsewhere')})
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
