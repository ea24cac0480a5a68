// The embed's way back: the same view in the full dashboard, in a new tab, so the host's page stays.
import { useTranslation } from '../lib/i18n';
import { fullViewAddress } from '../state/url';

export function FullViewLink() {
  const { t } = useTranslation();
  return (
    <a className="font-medium text-teal-800 underline" href={fullViewAddress()} target="_blank" rel="noopener">
      {t('embed.fullView', { app: t('app.title') })}
      <span className="sr-only"> {t('embed.newTab')}</span>
    </a>
  );
}
