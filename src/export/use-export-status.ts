// The short message next to an Export button ("Saved ...", "Copied", why a copy failed), read
// out by screen readers through a live region.
import { useCallback, useState } from 'react';
import { useTranslation } from '../lib/i18n';

export function useExportStatus() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const run = useCallback(
    async (task: () => Promise<string>) => {
      setStatus(t('export.preparing'));
      try {
        setStatus(await task());
      } catch (error) {
        console.error('Export failed', error);
        setStatus(t('export.failed'));
      }
    },
    [t],
  );
  return { status, run };
}
