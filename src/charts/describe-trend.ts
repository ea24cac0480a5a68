// A chart in words, for screen readers and for anyone skimming: "NEV production rose from
// 43,000 vehicles in 2020 to 953,200 vehicles in 2024." The summary is plain data, so it can be
// tested without a language; the sentence is built by the caller's translations. "Rose" never
// compares across a break in the series' definition: it starts after the break, and says so.
import type { TFunction } from '../lib/i18n';
import { formatList } from '../model/format';
import { isMonthly, periodsInRange, timeOf } from '../model/period';
import { comparableWithLatest } from '../model/series-breaks';
import type { ViewPoint } from '../model/view-point';
import type { ChartSeries, ChartView } from './chart-types';
import type { Formatters } from './use-formatters';

export type TrendSummary =
  | { kind: 'none' }
  | { kind: 'one'; point: ViewPoint; breakPeriod?: string }
  | {
      kind: 'change';
      first: ViewPoint;
      last: ViewPoint;
      direction: 'rose' | 'fell' | 'flat';
      missingPeriods: string[];
      breakPeriod?: string;
      /** The highest and lowest figures, when they lie between the ends: a comparison of the ends alone would hide them. */
      peak?: ViewPoint;
      trough?: ViewPoint;
    };

/** Missing periods named in a description; more are counted, not listed. */
const MISSING_NAMED = 6;

export function summarizeTrend(points: ViewPoint[], from: number, to: number): TrendSummary {
  // `breakPeriod`: the definition changes there, and the figures before it are left out.
  const { known, breakPeriod } = comparableWithLatest(points.filter((p) => p.year >= from && p.year <= to));
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return { kind: 'none' };
  if (first === last) return { kind: 'one', point: first, breakPeriod };
  const knownPeriods = new Set(known.map((p) => p.period));
  const between = periodsInRange(first.year, last.year, isMonthly(first.period)).filter((period) => timeOf(period) > timeOf(first.period) && timeOf(period) < timeOf(last.period));
  const missingPeriods = between.filter((period) => !knownPeriods.has(period));
  const direction = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'flat';
  return { kind: 'change', first, last, direction, missingPeriods, breakPeriod, ...extremesBetween(known, first.value, last.value) };
}

/** The highest figure if above both ends, the lowest if below both (the first such, on a tie). */
function extremesBetween(known: (ViewPoint & { value: number })[], first: number, last: number): { peak?: ViewPoint; trough?: ViewPoint } {
  const inner = known.slice(1, -1);
  const peak = inner.reduce<(typeof inner)[number] | undefined>((best, p) => (p.value > Math.max(first, last) && (!best || p.value > best.value) ? p : best), undefined);
  const trough = inner.reduce<(typeof inner)[number] | undefined>((best, p) => (p.value < Math.min(first, last) && (!best || p.value < best.value) ? p : best), undefined);
  return { ...(peak && { peak }), ...(trough && { trough }) };
}

const isBreakGap = (p: ViewPoint) => p.gapReason === 'series_break' || p.gapReason === 'across_break';

/** The breaks a description must name: those it skipped, or those that left computed gaps. */
function breaksToName(series: ChartSeries, summary: TrendSummary): string[] {
  if (summary.kind !== 'none' && summary.breakPeriod !== undefined) return [summary.breakPeriod];
  return series.points.some(isBreakGap) ? (series.breakPeriods ?? []) : [];
}

function describeSeries(series: ChartSeries, view: ChartView, format: Formatters, t: TFunction): string {
  const summary = summarizeTrend(series.points, view.from, view.to);
  const breaks = breaksToName(series, summary);
  const trend = describeSummary(summary, series, view, format, t);
  if (breaks.length === 0) return trend;
  return `${trend}${t('describe.sentenceGap')}${t('describe.break', { years: formatList(breaks.map(format.period), format.locale) })}`;
}

function describeSummary(summary: TrendSummary, series: ChartSeries, view: ChartView, format: Formatters, t: TFunction): string {
  // In year-on-year mode the values are growth rates: "GDP fell" would misreport a slowdown; a
  // share that fell is a region growing slower than its country, not a fall.
  const name = !series.isModeApplied ? series.label : view.mode === 'yoy' ? t('describe.yoySeries', { series: series.label }) : view.mode === 'share' ? t('describe.shareSeries', { series: series.label }) : series.label;
  const value = (p: ViewPoint) => (p.value === null ? '' : format.qualified(p.value, series, p.qualifier));
  switch (summary.kind) {
    case 'none':
      return t('describe.none', { series: name });
    case 'one':
      // Not "one figure in this range": the range has others, on another definition.
      return t(summary.breakPeriod === undefined ? 'describe.one' : 'describe.level', { series: name, value: value(summary.point), year: format.period(summary.point.period) });
    case 'change': {
      const sentence = t(`describe.${summary.direction}`, {
        series: name,
        from: value(summary.first),
        fromYear: format.period(summary.first.period),
        to: value(summary.last),
        toYear: format.period(summary.last.period),
      });
      const { missingPeriods } = summary;
      // The highest and lowest in between: yoy NEV output "fell from +37% to +36%" while 2024 was +90.6%.
      const extremes = [
        ...(summary.peak ? [t('describe.peak', { value: value(summary.peak), year: format.period(summary.peak.period) })] : []),
        ...(summary.trough ? [t('describe.trough', { value: value(summary.trough), year: format.period(summary.trough.period) })] : []),
      ];
      const withExtremes = [sentence, ...extremes].join(t('describe.sentenceGap'));
      if (missingPeriods.length === 0) return withExtremes;
      // A long list of missing months would drown the sentence: the first few, then "…".
      const named = missingPeriods.slice(0, MISSING_NAMED).map(format.period);
      const years = formatList(missingPeriods.length > MISSING_NAMED ? [...named, '…'] : named, format.locale);
      const missing = t('describe.missing', { count: missingPeriods.length, years });
      return `${withExtremes}${t('describe.sentenceGap')}${missing}`;
    }
  }
}

/** One sentence per series, in the chart's value mode and the reader's language. */
export const describeChart = (view: ChartView, format: Formatters, t: TFunction): string =>
  view.series.map((series) => describeSeries(series, view, format, t)).join(t('describe.sentenceGap'));
