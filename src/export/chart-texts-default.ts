// The texts a chart's image carries: the reader's own where they edited them, else a title and
// a subtitle that say where (the regions), when and how (the years and value mode) and in what
// unit, so an image read alone in an article names all of them.
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import { formatList } from '../model/format';
import type { ChartTexts } from '../state/filters-schema';

export interface ChartImageTexts {
  title: string;
  subtitle: string;
  note?: string;
}

/** The regions a chart's title does not name already, e.g. the main region of a one-region chart. */
function regionsNotInTitle(view: ChartView): string[] {
  const names = [...new Set(view.series.flatMap((s) => s.regionName ?? []))];
  return names.filter((name) => !view.title.includes(name));
}

/** "Chongqing · 2020–2025 · Absolute · 10,000 vehicles". */
export function defaultImageSubtitle(view: ChartView, format: Formatters): string {
  const regions = regionsNotInTitle(view);
  // Where a year-on-year, index or share mode is applied, the mode is the unit: say it once.
  const isModeUnit = view.mode !== 'absolute' && view.series.some((s) => s.isModeApplied);
  return [regions.length > 0 ? formatList(regions, format.locale) : '', view.subtitle, isModeUnit ? '' : format.axisLabel(view)].filter(Boolean).join(' · ');
}

export function chartImageTexts(view: ChartView, format: Formatters, texts: ChartTexts | undefined): ChartImageTexts {
  return {
    title: texts?.title ?? view.title,
    subtitle: texts?.subtitle ?? defaultImageSubtitle(view, format),
    ...(texts?.note !== undefined && { note: texts.note }),
  };
}

/** The view as its images draw it: the texts above in place of its own title and subtitle. */
export function withImageTexts(view: ChartView, format: Formatters, texts: ChartTexts | undefined): { view: ChartView; note?: string } {
  const { title, subtitle, note } = chartImageTexts(view, format, texts);
  return { view: { ...view, title, subtitle }, ...(note !== undefined && { note }) };
}
