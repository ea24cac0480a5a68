// One slide: title, key number, its charts with the slide's own filters, notes on computed values
// and changes of definition, and the source line.
// Text scales by the smaller of the width and height ratios, so nothing overflows the window.
import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { CHART_COLORS, seriesColorFor } from '../../charts/chart-colors';
import { chartNotes } from '../../charts/chart-notes';
import { chartSourceLabels, milestonesForChart, milestonesFromFacts } from '../../charts/chart-views';
import { TrendChart } from '../../charts/trend-chart';
import { useFormatters } from '../../charts/use-formatters';
import { usePanelTitles } from '../../hooks/use-domains';
import { usePanelData } from '../../hooks/use-panel-data';
import { useRegionView } from '../../hooks/use-entities';
import { regionRequests } from '../../model/regions';
import type { Theme } from '../../state/display';
import { buildSlideCharts } from './slide-charts';
import { slideIndicators } from './slide-indicators';
import { SLIDE_THEMES } from './slide-theme';
import type { ShowSlide } from './use-show-slides';
import { describeChart } from '../../charts/describe-trend';

const NO_REGIONS: string[] = [];

/** `showMilestones`: the show's setting, which the presenter view hears from the show. */
export function SlideView({ slide, theme, scale, showMilestones }: { slide: ShowSlide; theme: Theme; scale: number; showMilestones: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const regions = useRegionView(slide.regions ?? NO_REGIONS);
  const requests = useMemo(() => regionRequests(regions, slide.mode === 'share'), [regions, slide.mode]);
  const data = usePanelData(slide.domain, { requests });
  const titleOf = usePanelTitles();
  const colors = SLIDE_THEMES[theme];
  const { indicators, series, facts, sourcesById } = data;
  const { selected, isUnavailable } = useMemo(
    () => slideIndicators(indicators, slide.indicators, { series, from: slide.from, to: slide.to, mainId: regions.mainId }),
    [indicators, slide.indicators, series, slide.from, slide.to, regions.mainId],
  );
  const { charts, keyNumber } = useMemo(() => {
    const drawn = buildSlideCharts(slide, { indicators, series }, selected, regions, format, t);
    return { ...drawn, charts: drawn.charts.map((view) => ({ ...view, series: view.series.map((s) => ({ ...s, color: seriesColorFor(theme, s.color) })) })) };
  }, [indicators, series, selected, slide, regions, format, t, theme]);
  const sources = chartSourceLabels(charts, sourcesById, format.locale);
  // A slide has no table or tooltip: what we computed, and where a definition changes, is said here.
  const notes = [...new Set(charts.flatMap((chart) => chartNotes(chart, format, t)))];
  const title = slide.title || charts.map((c) => c.title).join(' · ') || titleOf(slide.domain);
  const px = (size: number) => `${size * scale}px`;
  const columns = Math.min(Math.max(charts.length, 1), 2);

  if (data.mainError) return <p style={{ fontSize: px(32) }}>{t('errors.title')}</p>;
  return (
    <div className="flex h-full min-h-0 flex-col" style={{ gap: px(16) }}>
      <header className="shrink-0">
        <h2 className="line-clamp-2 font-bold leading-tight" style={{ fontSize: px(56), color: colors.text }} data-testid="slide-title" title={title}>
          {title}
        </h2>
        <p style={{ fontSize: px(26), color: colors.muted }} data-testid="slide-filters">
          {charts[0]?.subtitle ?? `${slide.from}–${slide.to}`}
        </p>
        {keyNumber && (
          <p className="font-semibold" style={{ fontSize: px(36), color: colors.accent }} data-testid="slide-key-number">
            {keyNumber}
          </p>
        )}
      </header>
      {isUnavailable && <p style={{ fontSize: px(30), color: colors.muted }}>{t('present.unavailable')}</p>}
      {data.isLoading && <p style={{ fontSize: px(28), color: colors.muted }}>…</p>}
      <div className="grid min-h-0 flex-1" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridAutoRows: 'minmax(0, 1fr)', gap: px(24) }}>
        {charts.map((chart) => (
          <div key={chart.id} className="min-h-0" role="img" aria-label={t('export.labelled', { label: chart.title, text: `${chart.subtitle}. ${describeChart(chart, format, t)}` })}>
            <TrendChart view={chart} format={format} height="100%" fontSize={Math.round(20 * scale)} colors={CHART_COLORS[theme]} milestones={showMilestones ? milestonesForChart(chart, milestonesFromFacts(facts), regions.mainId) : undefined} isAnimationActive={false} />
          </div>
        ))}
      </div>
      {notes.length > 0 && (
        <p className="shrink-0" style={{ fontSize: px(18), color: colors.muted }} data-testid="slide-notes">
          {notes.join(' ')}
        </p>
      )}
      <footer className="line-clamp-2 shrink-0" style={{ fontSize: px(18), color: colors.muted }} data-testid="slide-sources">
        {sources.length > 0 && t('export.labelled', { label: t(sources.length === 1 ? 'export.source' : 'export.sources'), text: sources.join('; ') })}
      </footer>
    </div>
  );
}
