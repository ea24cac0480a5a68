// What a slide draws, on screen and in the .pptx alike: its charts with the filters it was pinned
// with (its regions side by side, a share of the national total computed against the country) and
// the key number it leads with, naming the region when the slide names regions.
import type { Indicator, Series } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { buildChartViews } from '../../charts/chart-views';
import type { Formatters } from '../../charts/use-formatters';
import type { TFunction } from '../../lib/i18n';
import { formatList } from '../../model/format';
import { buildKpis } from '../../model/panel-view';
import { regionLabel, type RegionView } from '../../model/regions';
import { keyNumberText, modeKeyNumberText } from './key-number';
import type { ShowSlide } from './use-show-slides';

export interface SlideCharts {
  charts: ChartView[];
  keyNumber: string;
}

export function buildSlideCharts(slide: ShowSlide, data: { indicators: Indicator[]; series: Series[] }, selected: Indicator[], regions: RegionView, format: Formatters, t: TFunction): SlideCharts {
  const charts = buildChartViews(data.indicators, data.series, { idPrefix: slide.id, selected, mode: slide.mode, from: slide.from, to: slide.to, chartType: slide.chart, regions }, {
    mode: t(`filters.modes.${slide.mode}`),
    indexBase: (year) => t('panel.indexBase', { year }),
    shareBase: (country) => t('panel.shareBase', { country }),
    list: (items) => formatList(items, format.locale),
    nominal: (title) => t('panel.nominal', { title }),
  });
  const [first] = buildKpis(selected.slice(0, 1), data.series, slide.from, slide.to, regions);
  if (!first) return { charts, keyNumber: '' };
  const label = regionLabel(first.indicator.title, first.region, regions);
  // In a computed mode the slide leads with the value its chart draws, not the published level.
  const drawn = charts.flatMap((chart) => chart.series).find((s) => s.indicatorId === first.indicator.id && s.entityId === first.series.entityId);
  const inMode = slide.mode !== 'absolute' && drawn ? modeKeyNumberText(label, drawn, slide.mode, format, t) : null;
  return { charts, keyNumber: inMode ?? keyNumberText({ ...first, label }, format, t) };
}
