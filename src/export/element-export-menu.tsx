// Export of a whole panel or of the dashboard as one PNG, or to the clipboard: a snapshot of
// what is on screen, loaded on first use like the chart exports.
import type { RefObject } from 'react';
import { useTranslation } from '../lib/i18n';
import { MenuButton } from '../ui/menu-button';
import { useExportStatus } from './use-export-status';

const loadElementExport = () => import('./element-export');

interface ElementExportMenuProps {
  target: RefObject<HTMLElement | null>;
  /** Names the file and the menu, e.g. "NEV industry" or the dashboard's title. */
  title: string;
  from: number;
  to: number;
}

export function ElementExportMenu({ target, title, from, to }: ElementExportMenuProps) {
  const { t } = useTranslation();
  const { status, run } = useExportStatus();
  const withTarget = (task: (element: HTMLElement, module: Awaited<ReturnType<typeof loadElementExport>>) => Promise<string>) => () =>
    void run(async () => {
      const element = target.current;
      if (!element) throw new Error('Nothing to export yet.');
      return task(element, await loadElementExport());
    });
  const items = [
    {
      id: 'png',
      label: t('export.kinds.png-2x'),
      onSelect: withTarget(async (element, { saveElementPng, exportFilename }) => {
        const filename = exportFilename(title, from, to, 'png');
        await saveElementPng(element, filename);
        return t('export.saved', { filename });
      }),
    },
    {
      id: 'copy',
      label: t('export.kinds.copy'),
      onSelect: withTarget(async (element, { copyElementPng }) => {
        const result = await copyElementPng(element);
        return result.ok ? t('export.copied') : t(`export.copyFailed.${result.reason}`);
      }),
    },
  ];
  return (
    <div className="flex items-center gap-2" data-export-ignore="">
      <span role="status" className="max-w-64 truncate text-xs text-slate-600" title={status}>
        {status}
      </span>
      <MenuButton label={t('export.button')} ariaLabel={t('export.menuLabel', { title })} items={items} onOpen={() => void loadElementExport()} />
    </div>
  );
}
