// The chart's data as a table: exactly the rows and series the chart draws, with each value's
// status and source, so a reader (or a screen reader) can check every number: a computed value
// says so and from which years, a gap says why, and a change of definition is marked where it falls.
import { memo, useEffect } from 'react';
import { useTranslation } from '../lib/i18n';
import { chartPeriods, pointAt } from '../model/chart-rows';
import { isMonthly } from '../model/period';
import type { Formatters } from './use-formatters';
import type { ChartView } from './chart-types';
import { formatList } from '../model/format';
import { seriesKey } from '../model/regions';

interface DataTableProps {
  view: ChartView;
  format: Formatters;
  sourceLabel: (id: string) => string;
  /** Told once the table is on screen (the benchmark's performance marks). */
  onDrawn?: () => void;
}

export const DataTable = memo(function DataTable({ view, format, sourceLabel, onDrawn }: DataTableProps) {
  const { t } = useTranslation();
  useEffect(() => onDrawn?.(), [onDrawn]);
  const periods = chartPeriods(view.series, view.from, view.to);
  return (
    <div
      className="max-h-80 overflow-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (axe scrollable-region-focusable)
      tabIndex={0}
      role="region"
      aria-label={t('panel.tableCaption', { title: view.title, years: `${view.from}–${view.to}` })}
    >
      <table className="w-full min-w-[28rem] text-left text-xs">
        <caption className="sr-only">{t('panel.tableCaption', { title: view.title, years: `${view.from}–${view.to}` })}</caption>
        <thead className="sticky top-0 bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1.5">{t(periods.some(isMonthly) ? 'table.month' : 'table.year')}</th>
            {view.series.map((s) => (
              <th key={seriesKey(s)} scope="col" className="px-2 py-1.5">
                {s.label} <span className="font-normal text-slate-600">({format.axisLabel(s.unit)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 font-medium text-slate-900">{period}</th>
              {view.series.map((s) => {
                const point = pointAt(s, period);
                if (!point || point.value === null) {
                  return (
                    <td key={seriesKey(s)} className="px-2 py-1 text-slate-500">
                      — <span className="sr-only">{t('table.noFigure')}</span>
                      {point?.gapReason && <span className="ml-1">({t(`table.notes.${point.gapReason}`)})</span>}
                    </td>
                  );
                }
                return (
                  <td key={seriesKey(s)} className="px-2 py-1 text-slate-900" data-year={period} data-indicator={s.indicatorId} data-entity={s.entityId}>
                    <span className="font-medium">{format.qualified(point.value, s, point.qualifier)}</span>
                    <span className="block text-[11px] text-slate-600">
                      {t(`table.statuses.${point.status}`)} · {point.sourceIds.map(sourceLabel).join('; ')}
                      {point.inputs && ` · ${t('table.computedFrom', { years: formatList([...new Set(point.inputs.map((input) => input.period))], format.locale) })}`}
                      {point.isSeriesBreak && ` · ${t('table.breakBefore')}`}
                      {point.note && ` · ${point.note}`}
                    </span>
                    {point.alternatives?.map((alt) => (
                      <span key={`${alt.sourceId}-${alt.value}`} className="block text-[11px] text-amber-900">
                        {t('panel.alsoPublished', { value: format.qualified(alt.value, s, alt.qualifier), source: sourceLabel(alt.sourceId) })}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
