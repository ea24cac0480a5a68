// The line under a chart's title, on the page and in an embed: the subtitle (or the reader's
// own), the unit, how many years or months have a figure, and whether the value mode applies.
import type { TFunction } from '../lib/i18n';
import { hasMonthlyPoints } from '../model/period';
import type { ChartTexts, ValueMode } from '../state/filters-schema';
import { coverage } from './chart-coverage';
import type { ChartView } from './chart-types';
import type { Formatters } from './use-formatters';

export function chartCaptionLine(chart: ChartView, mode: ValueMode, format: Formatters, t: TFunction, texts?: ChartTexts): string {
  const coverageKey = `panel.${mode === 'absolute' ? 'coverage' : 'coverageComputed'}${hasMonthlyPoints(chart.series) ? 'Monthly' : ''}` as const;
  // A unit-less series (a lone CSV of figures) has no axis label: no empty part between dots.
  const parts = [...(texts?.subtitle === undefined ? [chart.subtitle, format.axisLabel(chart)] : [texts.subtitle]), t(coverageKey, { coverage: coverage(chart, format.locale) })];
  if (mode !== 'absolute' && chart.unit === 'percent') parts.push(t('panel.modeNotApplied'));
  return parts.filter(Boolean).join(' · ');
}
