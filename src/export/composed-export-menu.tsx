// Export of a whole panel or of the dashboard as one PNG, or to the clipboard: an image composed
// for print from the panels' charts, figures and facts (composed-export.ts), not a snapshot of
// the page. Its code loads on first use, like the chart exports.
import { useTranslation } from '../lib/i18n';
import { useFormatters } from '../charts/use-formatters';
import { MenuButton } from '../ui/menu-button';
import type { ComposedRequest } from './composed-export';
import { useExportStatus } from './use-export-status';

const loadComposedExport = () => import('./composed-export');

interface ComposedExportMenuProps {
  /** The panels the image is composed of, in the page's order: one panel's, or the dashboard's shown. */
  domains: string[];
  /** Names the file, the image and the menu, e.g. "NEV industry" or the dashboard's title. */
  title: string;
  from: number;
  to: number;
}

export function ComposedExportMenu({ domains, title, from, to }: ComposedExportMenuProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { status, run } = useExportStatus();
  const withRequest = (task: (request: ComposedRequest, module: Awaited<ReturnType<typeof loadComposedExport>>) => Promise<string>) => () =>
    void run(async () => task({ domains, title, format, t }, await loadComposedExport()));
  const items = [
    {
      id: 'png',
      label: t('export.kinds.png-2x'),
      onSelect: withRequest(async (request, { saveComposedPng, exportFilename }) => {
        const filename = exportFilename(title, from, to, 'png');
        await saveComposedPng(request, filename);
        return t('export.saved', { filename });
      }),
    },
    {
      id: 'copy',
      label: t('export.kinds.copy'),
      onSelect: withRequest(async (request, { copyComposedPng }) => {
        const result = await copyComposedPng(request);
        return result.ok ? t('export.copied') : t(`export.copyFailed.${result.reason}`);
      }),
    },
  ];
  return (
    <div className="flex items-center gap-2">
      <span role="status" className="max-w-64 truncate text-xs text-slate-600" title={status}>
        {status}
      </span>
      <MenuButton label={t('export.button')} ariaLabel={t('export.menuLabel', { title })} items={items} onOpen={() => void loadComposedExport()} />
    </div>
  );
}
