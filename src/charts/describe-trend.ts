// A chart in words, for screen readers and for anyone skimming: "NEV production rose from
// 43,000 vehicles in 2020 to 953,200 vehicles in 2024." The summary is plain data, so it can be
// tested without a language; the sentence is built by the caller's translations.
import type { TFunction } from '../lib/i18n';
import { formatList } from '../model/format';
import type { ViewPoint } from '../model/view-point';
import type { ChartSeries, ChartView } from './chart-types';
import type { Formatters } from './use-formatters';

export type TrendSummary =
  | { kind: 'none' }
  | { kind: 'one'; point: ViewPoint }
  | { kind: 'change'; first: ViewPoint; last: ViewPoint; direction: 'rose' | 'fell' | 'flat'; missingYears: number[] };

type KnownPoint = ViewPoint & { value: number };

export function summarizeTrend(points: ViewPoint[], from: number, to: number): TrendSummary {
  const known = points.filter((p): p is KnownPoint => p.value !== null && p.year >= from && p.year <= to).sort((a, b) => a.year - b.year);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return { kind: 'none' };
  if (first === last) return { kind: 'one', point: first };
  const years = new Set(known.map((p) => p.year));
  const missingYears: number[] = [];
  for (let year = first.year + 1; year < last.year; year += 1) if (!years.has(year)) missingYears.push(year);
  const direction = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'flat';
  return { kind: 'change', first, last, direction, missingYears };
}

function describeSeries(series: ChartSeries, view: ChartView, format: Formatters, t: TFunction): string {
  const summary = summarizeTrend(series.points, view.from, view.to);
  // In year-on-year mode the values are growth rates: "GDP fell" would misreport a slowdown.
  const name = view.mode === 'yoy' && series.isModeApplied ? t('describe.yoySeries', { series: series.label }) : series.label;
  const value = (p: ViewPoint) => (p.value === null ? '' : format.qualified(p.value, series.unit, p.qualifier));
  switch (summary.kind) {
    case 'none':
      return t('describe.none', { series: name });
    case 'one':
      return t('describe.one', { series: name, value: value(summary.point), year: summary.point.year });
    case 'change': {
      const sentence = t(`describe.${summary.direction}`, {
        series: name,
        from: value(summary.first),
        fromYear: summary.first.year,
        to: value(summary.last),
        toYear: summary.last.year,
      });
      if (summary.missingYears.length === 0) return sentence;
      const missing = t('describe.missing', { count: summary.missingYears.length, years: formatList(summary.missingYears.map(String), format.locale) });
      return `${sentence}${t('describe.sentenceGap')}${missing}`;
    }
  }
}

/** One sentence per series, in the chart's value mode and the reader's language. */
export const describeChart = (view: ChartView, format: Formatters, t: TFunction): string =>
  view.series.map((series) => describeSeries(series, view, format, t)).join(t('describe.sentenceGap'));
