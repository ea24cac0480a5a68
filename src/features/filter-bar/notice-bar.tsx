// Says which link parameters were ignored, so a reader who followed a broken or hand-edited
// link knows the view is not exactly what the link asked for.
import { useTranslation } from '../../lib/i18n';
import { filterActions, useRejectedParams } from '../../state/filters';
import { Button } from '../../ui/button';

export function NoticeBar() {
  const { t } = useTranslation();
  const rejected = useRejectedParams();
  if (rejected.length === 0) return null;
  return (
    <div role="status" className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <div>
        <p>{t('notice.ignored')}</p>
        <ul className="mt-1 list-inside list-disc">
          {rejected.map((item, index) => (
            <li key={`${item.param}-${index}`}>
              <code className="break-all">
                {item.param}={item.value}
              </code>{' '}
              ({t(`notice.reasons.${item.reason}`)})
            </li>
          ))}
        </ul>
      </div>
      <Button variant="ghost" onClick={filterActions.noticeDismissed}>
        {t('notice.dismiss')}
      </Button>
    </div>
  );
}
