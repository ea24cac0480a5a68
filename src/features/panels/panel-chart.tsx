// One chart of a panel: caption (title, filters, unit, how many years have figures), its
// Export menu, and the chart or its data table.
import { useTranslation } from 'react-i18next';
import type { Source } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { DataTable } from '../../charts/data-table';
import { TrendChart, type ChartMilestone } from '../../charts/trend-chart';
import type { Formatters } from '../../charts/use-formatters';
import { ChartExportMenu } from '../../export/chart-export-menu';
import { isEmptyView } from '../../model/chart-rows';
import type { ValueMode } from '../../state/filters-schema';
import { PanelEmpty } from './panel-states';

/** Years of the range with at least one figure: sparse series are common, so say how sparse. */
function countCoveredYears(chart: ChartView): number {
  const years = new Set<number>();
  for (const s of chart.series) for (const p of s.points) if (p.value !== null) years.add(p.year);
  return years.size;
}

interface PanelChartProps {
  chart: ChartView;
  mode: ValueMode;
  viewKind: 'chart' | 'table';
  format: Formatters;
  sourcesById: Map<string, Source>;
  sourceLabel: (id: string) => string;
  milestones: ChartMilestone[];
  onDrawn: () => void;
}

export function PanelChart({ chart, mode, viewKind, format, sourcesById, sourceLabel, milestones, onDrawn }: PanelChartProps) {
  const { t } = useTranslation();
  const years = `${chart.from}–${chart.to}`;
  const isEmpty = isEmptyView(chart.series);
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-3" aria-label={t('panel.chartLabel', { title: chart.title, years })}>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <figcaption className="min-w-0">
          <span className="block text-sm font-semibold text-slate-900">{chart.title}</span>
          <span className="block text-xs text-slate-600">
            {chart.subtitle} · {format.axisLabel(chart.unit)} · {t('panel.coverage', { count: countCoveredYears(chart), total: chart.to - chart.from + 1 })}
            {mode !== 'absolute' && chart.unit === 'percent' && ` · ${t('panel.modeNotApplied')}`}
          </span>
        </figcaption>
        {!isEmpty && <ChartExportMenu view={chart} format={format} sourcesById={sourcesById} sourceLabel={sourceLabel} milestones={milestones} />}
      </div>
      {isEmpty ? (
        <PanelEmpty message={t('panel.emptyRange', { years })} />
      ) : viewKind === 'chart' ? (
        <TrendChart view={chart} format={format} milestones={milestones} onDrawn={onDrawn} />
      ) : (
        <DataTable view={chart} format={format} sourceLabel={sourceLabel} />
      )}
    </figure>
  );
}
