// The notes a chart carries wherever it leaves the dashboard (image, slide, .pptx), where no
// table or tooltip is at hand: which series' values we computed, and where a series changes
// definition, so that figures on either side are not read as comparable.
import type { TFunction } from '../lib/i18n';
import { formatList } from '../model/format';
import type { ChartView } from './chart-types';
import type { Formatters } from './use-formatters';

export function chartNotes(view: ChartView, format: Formatters, t: TFunction): string[] {
  const computed = view.series.filter((s) => s.points.some((p) => p.value !== null && p.status === 'computed'));
  const notes = computed.length > 0 ? [t('export.computedNote', { series: formatList(computed.map((s) => s.label), format.locale) })] : [];
  for (const series of view.series) {
    if (series.breakPeriods?.length) notes.push(t('export.breakNote', { series: series.label, years: formatList(series.breakPeriods.map(format.period), format.locale) }));
  }
  return notes;
}
