// The words of a KPI, as its card shows them and a composed image prints them: the latest
// figure, its year, the change and CAGR (ours, so a note says so) and where a break in the
// series' definition limits what compares.
import type { TFunction } from '../lib/i18n';
import type { Kpi } from '../model/kpi';
import { formatNumber } from '../model/format';
import { toUnitFormat, type UnitLike } from '../model/units';
import type { Formatters } from './use-formatters';

export interface KpiText {
  /** "1,300,000 vehicles", with "more than" and the like. */
  value: string;
  /** "estimated" and other statuses than reported, in words. */
  status?: string;
  /** "Latest (2025)". */
  latest: string;
  /** Label and value pairs: the change since the first figure, and the CAGR of a level. */
  rows: [string, string][];
  /** "Change and CAGR computed by us…", when there are rows. */
  computedNote?: string;
  /** From when figures compare, or that none does. */
  breakNote?: string;
}

/** Null when the range has no figure. */
export function kpiText(kpi: Kpi, unit: UnitLike, format: Formatters, t: TFunction): KpiText | null {
  const { latest, first } = kpi;
  if (!latest || latest.value === null) return null;
  const isRate = toUnitFormat(unit).unit === 'percent';
  const percent = (value: number | null) => (value === null ? t('kpi.notComputable') : format.change(value, kpi.changeQualifier));
  // A growth rate's change is in percentage points, not a percent of a percent.
  const change = kpi.change === null ? null : isRate ? t('kpi.points', { value: formatNumber(kpi.change, 'yoy_percent', format.locale) }) : percent(kpi.changePercent);
  const hasChange = first !== null && first.period !== latest.period;
  const rows: [string, string][] = !hasChange
    ? []
    : [
        [t('kpi.change', { year: format.period(first.period) }), change ?? t('kpi.notComputable')],
        ...(isRate ? [] : [[t('kpi.cagr', { from: format.period(first.period), to: format.period(latest.period) }), percent(kpi.cagr)] as [string, string]]),
      ];
  return {
    value: format.qualified(latest.value, unit, latest.qualifier, 'compact'),
    ...(latest.status !== 'reported' && { status: t(`table.statuses.${latest.status}`) }),
    latest: t('kpi.latest', { year: format.period(latest.period) }),
    rows,
    ...(hasChange && { computedNote: t(isRate ? 'kpi.computedChange' : 'kpi.computed') }),
    ...(kpi.breakPeriod !== undefined && { breakNote: t(first?.period === latest.period ? 'kpi.notComparable' : 'kpi.sinceBreak', { year: format.period(kpi.breakPeriod) }) }),
  };
}
