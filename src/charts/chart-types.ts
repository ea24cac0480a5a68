import type { ChartType, ValueMode } from '../state/filters-schema';
import type { ViewSeries } from '../model/value-modes';
import type { DisplayUnit } from '../model/view-point';

/** One line, bar or area of a chart, as the chart draws and labels it. */
export interface ChartSeries extends ViewSeries {
  /** "GDP", or "GDP · China" where the chart names its regions. */
  label: string;
  color: string;
  /** The region's name, when the data names its regions (the CSV's Region column). */
  regionName?: string;
}

/** Everything a chart needs, so the dashboard, exports and slides draw the same thing. */
export interface ChartView {
  /** Its React key: the prefix and its first series, so an indicator joining later adds a line, not a chart. */
  id: string;
  title: string;
  /** A plain sentence on the filters: years and value mode. */
  subtitle: string;
  unit: DisplayUnit;
  /** The data's short form of the unit, for the axis (charts of units the app does not know). */
  shortUnit?: string;
  chartType: ChartType;
  mode: ValueMode;
  from: number;
  to: number;
  series: ChartSeries[];
}
