// How each chart type draws a series. The line is in the first load; recharts' Bar and Area,
// which the default line chart never uses, are in chunks of their own (bar-series, area-series).
import { lazy, memo, Suspense, type ComponentType } from 'react';
import { Line } from 'recharts';
import type { ChartView } from './chart-types';
import { isSameSeriesLook, pathSeriesProps, StillCurve, type SeriesProps } from './series-marks';
import { seriesKey } from '../model/regions';

// Once loaded, the variants are used directly rather than through lazy(), which suspends at
// least once per new root: an export's off-screen drawing must be complete in one go. If the
// code fails to arrive (offline, a stale tab after a release), the series is drawn as a line.
const loaded: { bar?: ComponentType<SeriesProps>; area?: ComponentType<SeriesProps> } = {};
const loadBar = () => import('./bar-series').then((module) => (loaded.bar = module.default));
const loadArea = () => import('./area-series').then((module) => (loaded.area = module.default));
const orLine = (load: () => Promise<ComponentType<SeriesProps>>) => () => load().catch(() => LineSeries).then((component) => ({ default: component }));
const LazyBarSeries = lazy(orLine(loadBar));
const LazyAreaSeries = lazy(orLine(loadArea));

/** Loads the bar and area variants ahead of a drawing that must be complete at once (exports). */
export const preloadSeriesKinds = () => Promise.allSettled([loadBar(), loadArea()]);

const LineSeries = memo(function LineSeries(props: SeriesProps) {
  return <Line {...pathSeriesProps(props)} strokeWidth={2.5 * props.scale} shape={props.isAnimationActive ? undefined : StillCurve} />;
}, isSameSeriesLook);

/** A series as the chart type draws it: a line at once; bars and areas once their code is here. */
export function renderSeries(props: SeriesProps, chartType: ChartView['chartType']) {
  const key = seriesKey(props.series);
  if (chartType === 'line') return <LineSeries key={key} {...props} />;
  const Variant = chartType === 'bar' ? loaded.bar : loaded.area;
  if (Variant) return <Variant key={key} {...props} />;
  const LazyVariant = chartType === 'bar' ? LazyBarSeries : LazyAreaSeries;
  return (
    <Suspense key={key} fallback={null}>
      <LazyVariant {...props} />
    </Suspense>
  );
}
