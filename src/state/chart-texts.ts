// A chart's edited texts in the link: `<chartId>.title=`, `.subtitle=`, `.note=`. Chart ids are
// ChartView.id (the panel, then its first series' key, which may name a region with dots), so
// the text's key is what follows the last dot.
import { CHART_TEXT_KEYS, CHART_TEXT_MAX, type ChartTextKey, type ChartTexts, type Filters } from './filters-schema';

/** The panel's id, a dash, then an indicator id, `indicator@region` or a unit. */
const CHART_ID = /^[a-z0-9][a-z0-9_-]{0,39}-[A-Za-z0-9_@.-]{1,150}$/;
// Line breaks, tabs and other control characters have no place in a one-line title.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const isTextKey = (key: string): key is ChartTextKey => (CHART_TEXT_KEYS as readonly string[]).includes(key);

/** The chart and text a param names, or undefined when it is not a chart text's. */
export function chartTextParam(param: string): { chartId: string; key: ChartTextKey } | undefined {
  const dot = param.lastIndexOf('.');
  const chartId = param.slice(0, dot);
  const key = param.slice(dot + 1);
  return dot > 0 && isTextKey(key) && CHART_ID.test(chartId) ? { chartId, key } : undefined;
}

/** The text as kept, or undefined when it is empty, too long or holds control characters. */
export function cleanChartText(key: ChartTextKey, value: string): string | undefined {
  const text = value.trim();
  return text.length === 0 || text.length > CHART_TEXT_MAX[key] || CONTROL.test(text) ? undefined : text;
}

/** The charts' texts with one chart's replaced; a chart with no text left leaves the record. */
export function withChartTexts(charts: Filters['charts'], chartId: string, texts: ChartTexts | null): Filters['charts'] {
  const kept: ChartTexts = {};
  for (const key of CHART_TEXT_KEYS) {
    const text = texts?.[key];
    const clean = text === undefined ? undefined : cleanChartText(key, text);
    if (clean !== undefined) kept[key] = clean;
  }
  const others = Object.entries(charts).filter(([id]) => id !== chartId);
  return Object.fromEntries(Object.keys(kept).length === 0 ? others : [...others, [chartId, kept]]);
}

/** Own keys only, so an id such as "constructor" never reads Object's. */
export const chartTextsOf = (charts: Filters['charts'], chartId: string): ChartTexts | undefined => (Object.hasOwn(charts, chartId) ? charts[chartId] : undefined);

/** The link parameters of every chart's texts, charts in id order. */
export function chartTextParams(charts: Filters['charts']): [string, string][] {
  return Object.keys(charts)
    .sort()
    .flatMap((chartId) => CHART_TEXT_KEYS.flatMap((key): [string, string][] => {
      const text = chartTextsOf(charts, chartId)?.[key];
      return text === undefined ? [] : [[`${chartId}.${key}`, text]];
    }));
}
