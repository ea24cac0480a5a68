import type { ChartType, ValueMode } from '../state/filters-schema';
import type { ViewSeries } from '../model/value-modes';
import type { DisplayUnit } from '../model/view-point';

/** One line, bar or area of a chart, as the chart draws and labels it. */
export interface ChartSeries extends ViewSeries {
  label: string;
  color: string;
}

/** Everything a chart needs, so the dashboard, exports and slides draw the same thing. */
export interface ChartView {
  /**
   * The chart's identity from one filter change to the next (its React key): the prefix and its
   * first series. An indicator that joins a chart after its first series adds a line to it; the
   * chart is not drawn anew.
   */
  id: string;
  title: string;
  /** A plain sentence on the filters: years and value mode. */
  subtitle: string;
  unit: DisplayUnit;
  chartType: ChartType;
  mode: ValueMode;
  from: number;
  to: number;
  series: ChartSeries[];
}
