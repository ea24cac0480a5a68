// Export of a whole panel or of the dashboard as one PNG, or to the clipboard: an image composed
// for print from the panels' charts, figures and facts (composed-export.ts), not a snapshot of
// the page. Its code loads on first use, like the chart exports.
import type { RefObject } from 'react';
import { useTranslation } from '../lib/i18n';
import { useFormatters } from '../charts/use-formatters';
import { MenuButton } from '../ui/menu-button';
import type { ComposedRequest } from './composed-export';
import { useExportStatus } from './use-export-status';

const loadComposedExport = () => import('./composed-export');

interface ElementExportMenuProps {
  /** A panel (marked data-panel) or the element holding the panels, in the page's order. */
  target: RefObject<HTMLElement | null>;
  /** Names the file, the image and the menu, e.g. "NEV industry" or the dashboard's title. */
  title: string;
  from: number;
  to: number;
}

/** The panels the target shows, in the page's order. */
function panelsOf(element: HTMLElement): string[] {
  const own = element.dataset.panel;
  if (own) return [own];
  return [...element.querySelectorAll<HTMLElement>('[data-panel]')].flatMap((panel) => panel.dataset.panel ?? []);
}

export function ElementExportMenu({ target, title, from, to }: ElementExportMenuProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { status, run } = useExportStatus();
  const withRequest = (task: (request: ComposedRequest, module: Awaited<ReturnType<typeof loadComposedExport>>) => Promise<string>) => () =>
    void run(async () => {
      const element = target.current;
      if (!element) throw new Error('Nothing to export yet.');
      return task({ domains: panelsOf(element), title, format, t }, await loadComposedExport());
    });
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
    <div className="flex items-center gap-2" data-export-ignore="">
      <span role="status" className="max-w-64 truncate text-xs text-slate-600" title={status}>
        {status}
      </span>
      <MenuButton label={t('export.button')} ariaLabel={t('export.menuLabel', { title })} items={items} onOpen={() => void loadComposedExport()} />
    </div>
  );
}
