// One slide: a large title, the slide's key number, its chart at full size with the slide's
// own filters, and the source line. Text sizes follow the screen height, so a 1080p screen
// gets a title of about 56 px, readable from the back of the room.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_COLORS, seriesColorFor } from '../../charts/chart-colors';
import { buildChartViews, milestonesFromFacts } from '../../charts/chart-views';
import { TrendChart } from '../../charts/trend-chart';
import { useFormatters } from '../../charts/use-formatters';
import { usePanelData } from '../../hooks/use-panel-data';
import { buildKpis, selectIndicators } from '../../model/panel-view';
import type { Theme } from '../../state/display';
import { useShowMilestones } from '../../state/filters';
import { keyNumberText } from './key-number';
import { SLIDE_THEMES } from './slide-theme';
import type { ShowSlide } from './use-show-slides';

export function SlideView({ slide, theme, height }: { slide: ShowSlide; theme: Theme; height: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const data = usePanelData(slide.domain);
  const showMilestones = useShowMilestones();
  const colors = SLIDE_THEMES[theme];
  const { indicators, series, facts, sourcesById } = data;
  const charts = useMemo(() => {
    const { selected } = selectIndicators(indicators, slide.indicators);
    const views = buildChartViews(indicators, series, { idPrefix: slide.id, selected, mode: slide.mode, from: slide.from, to: slide.to, chartType: slide.chart }, {
      mode: t(`filters.modes.${slide.mode}`),
      indexBase: (year) => t('panel.indexBase', { year }),
    });
    return views.map((view) => ({ ...view, series: view.series.map((s) => ({ ...s, color: seriesColorFor(theme, s.color) })) }));
  }, [indicators, series, slide, t, theme]);
  const keyNumber = useMemo(() => {
    const { selected } = selectIndicators(indicators, slide.indicators);
    const [first] = buildKpis(selected.slice(0, 1), series, slide.from, slide.to);
    return first ? keyNumberText(first, format, t) : '';
  }, [indicators, series, slide, format, t]);
  const sources = [...new Set(charts.flatMap((c) => c.series.flatMap((s) => s.points.filter((p) => p.value !== null).flatMap((p) => p.sourceIds))))]
    .map((id) => sourcesById.get(id))
    .flatMap((source) => (source ? [`${source.publisher}${source.date ? ` (${source.date})` : ''}`] : []));
  const title = slide.title || charts.map((c) => c.title).join(' · ') || t(`domain.${slide.domain}`);
  const unit = (size: number) => `${(size * height) / 1080}px`;
  const fontSize = Math.round((20 * height) / 1080);

  if (data.mainError) return <p style={{ fontSize: unit(32) }}>{t('errors.title')}</p>;
  return (
    <div className="flex h-full min-h-0 flex-col" style={{ gap: unit(16) }}>
      <header>
        <h2 className="font-bold leading-tight" style={{ fontSize: unit(56), color: colors.text }} data-testid="slide-title">
          {title}
        </h2>
        <p style={{ fontSize: unit(26), color: colors.muted }} data-testid="slide-filters">
          {charts[0]?.subtitle ?? `${slide.from}–${slide.to}`}
        </p>
        {keyNumber && (
          <p className="font-semibold" style={{ fontSize: unit(40), color: colors.accent }} data-testid="slide-key-number">
            {keyNumber}
          </p>
        )}
      </header>
      <div className="grid min-h-0 flex-1" style={{ gridTemplateColumns: `repeat(${Math.min(charts.length, 2)}, minmax(0, 1fr))`, gap: unit(24) }}>
        {data.isLoading && <p style={{ fontSize: unit(28), color: colors.muted }}>…</p>}
        {charts.slice(0, 2).map((chart) => (
          <div key={chart.id} className="min-h-0" role="img" aria-label={`${chart.title}, ${chart.subtitle}`}>
            <TrendChart view={chart} format={format} height={Math.round(height * 0.6)} fontSize={fontSize} colors={CHART_COLORS[theme]} milestones={showMilestones ? milestonesFromFacts(facts) : undefined} isAnimationActive={false} />
          </div>
        ))}
      </div>
      <footer style={{ fontSize: unit(18), color: colors.muted }} data-testid="slide-sources">
        {sources.length > 0 && `${t(sources.length === 1 ? 'export.source' : 'export.sources')}: ${sources.join('; ')}`}
      </footer>
    </div>
  );
}
