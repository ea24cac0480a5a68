// How far the worker is in reading a dataset, with Cancel. The dashboard behind it keeps working:
// the reading happens in the worker, and the bar's stripes move on the compositor.
import { useTranslation } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { openingCancelled } from './dataset-actions';
import { useOpening } from './datasets-state';

export function OpenProgress() {
  const { t } = useTranslation();
  const opening = useOpening();
  if (!opening) return null;
  const percent = Math.round(opening.done * 100);
  const title = t(opening.isReopen ? 'datasets.reopening' : 'datasets.opening', { label: opening.label });
  return (
    <section aria-label={t('datasets.progressLabel')} className="flex flex-wrap items-center gap-3 rounded-lg border border-teal-200 bg-teal-50 p-3 text-sm text-teal-950" data-testid="open-progress">
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">{title}</p>
        <div
          role="progressbar"
          aria-label={title}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent} % · ${t(`datasets.stages.${opening.stage}`)}`}
          className="mt-1.5 h-2.5 overflow-hidden rounded-full bg-teal-100"
        >
          <div className="progress-stripes h-full rounded-full bg-teal-700 transition-[width] duration-200" style={{ width: `${Math.max(2, percent)}%` }} />
        </div>
        <p className="mt-1 text-xs text-teal-900" aria-hidden="true">
          {percent} % · {t(`datasets.stages.${opening.stage}`)}
        </p>
      </div>
      <Button onClick={openingCancelled}>{t('datasets.cancelOpen')}</Button>
    </section>
  );
}
