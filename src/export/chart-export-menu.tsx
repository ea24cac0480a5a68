// The Export menu of one chart. Light on purpose: the code that draws and encodes the files is
// imported when the menu first opens, never on the dashboard's first load.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import type { ChartMilestone } from '../charts/trend-chart';
import type { Formatters } from '../charts/use-formatters';
import type { ChartTexts } from '../state/filters-schema';
import { MenuButton } from '../ui/menu-button';
import type { ChartExportKind } from './chart-export';
import { useExportStatus } from './use-export-status';

const loadChartExport = () => import('./chart-export');
const ChartTextsEditor = lazy(() => import('./chart-texts-dialog').then((module) => ({ default: module.ChartTextsEditor })));
const ShareDialog = lazy(() => import('../embed/share-dialog').then((module) => ({ default: module.ShareDialog })));
const KINDS: ChartExportKind[] = ['png-2x', 'png-1x', 'png-3x', 'png-slide', 'png-dark', 'svg', 'csv', 'bundle', 'copy'];

interface ChartExportMenuProps {
  view: ChartView;
  format: Formatters;
  sourcesById: Map<string, Source>;
  sourceLabel: (id: string) => string;
  milestones?: ChartMilestone[];
  /** The reader's own title, subtitle and note for this chart. */
  texts?: ChartTexts;
  /** Keeps the texts edited in the dialog; null puts back the chart's own. */
  onTextsChange: (texts: ChartTexts | null) => void;
}

export function ChartExportMenu({ view, format, sourcesById, sourceLabel, milestones, texts, onTextsChange }: ChartExportMenuProps) {
  const { t } = useTranslation();
  const { status, run } = useExportStatus();
  const [isSharing, setSharing] = useState(false);
  const [isEditing, setEditing] = useState(false);

  // Last, set apart: Enter on the opened menu still saves the default PNG.
  const editItem = { id: 'edit-texts', label: t('export.texts.menuItem'), onSelect: () => setEditing(true), hasSeparatorBefore: true };
  const exportItems = KINDS.map((kind) => ({
    id: kind,
    label: t(`export.kinds.${kind}`),
    onSelect: () =>
      void run(async () => {
        const { exportChart, buildChartExportRequest } = await loadChartExport();
        const outcome = await exportChart(kind, buildChartExportRequest({ view, format, sourcesById, sourceLabel, milestones, texts, t }));
        if (outcome.kind === 'saved') return t('export.saved', { filename: outcome.filename });
        if (outcome.kind === 'copied') return t('export.copied');
        return t(`export.copyFailed.${outcome.reason}`);
      }),
  }));
  const share = { id: 'share', label: t('share.menuItem'), onSelect: () => setSharing(true), hasSeparatorBefore: true };
  // A dataset that cannot be shared offers the image instead.
  const exportImage = () => exportItems.find((item) => item.id === 'png-2x')?.onSelect();

  return (
    <div className="flex items-center gap-2">
      <span role="status" className="max-w-64 truncate text-xs text-slate-600" title={status}>
        {status}
      </span>
      <MenuButton label={t('export.button')} ariaLabel={t('export.menuLabel', { title: texts?.title ?? view.title })} items={[...exportItems, share, editItem]} onOpen={() => void loadChartExport()} />
      {isSharing && (
        <Suspense fallback={null}>
          <ShareDialog view={view} texts={texts} onClose={() => setSharing(false)} onImage={exportImage} />
        </Suspense>
      )}
      {isEditing && (
        <Suspense fallback={null}>
          <ChartTextsEditor view={view} format={format} onSave={onTextsChange} texts={texts} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </div>
  );
}
