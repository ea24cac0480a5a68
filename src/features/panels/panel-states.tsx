// Loading, error and empty states of a panel. An error names what failed in words a reader
// understands and offers Retry when asking again can help.
import { useTranslation } from '../../lib/i18n';
import { isApiError } from '../../api/api-error';
import { Button } from '../../ui/button';

export function PanelSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status">
      {/* The grey shapes mean nothing to a screen reader; the words do. */}
      <span className="sr-only">{t('panel.loading')}</span>
      {/* Shaped like what replaces it (controls, two KPI cards, a chart), so nothing jumps. */}
      <div className="animate-pulse space-y-4 motion-reduce:animate-none" aria-hidden="true">
        <div className="h-11 w-2/3 rounded-lg bg-slate-200" />
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <div className="h-36 rounded-lg bg-slate-200" />
          <div className="h-36 rounded-lg bg-slate-200" />
        </div>
        <div className="h-[27rem] rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}

/** The facts section while its data or its code loads. */
export function FactsLoading() {
  const { t } = useTranslation();
  return (
    <section aria-label={t('panel.facts')} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800">{t('panel.facts')}</h3>
      <div className="h-24 animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none" aria-hidden="true" />
    </section>
  );
}

/** `title`: what failed; the panel's data unless said otherwise. */
export function PanelError({ error, onRetry, title }: { error: unknown; onRetry: () => void; title?: string }) {
  const { t } = useTranslation();
  const message = !isApiError(error)
    ? t('errors.unknown')
    : error.kind === 'http'
      ? t('errors.http', { status: error.status ?? '?', message: error.message })
      : t(`errors.${error.kind}`);
  return (
    <div role="alert" className="flex flex-col items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title ?? t('errors.title')}</p>
      <p>{message}</p>
      {/* Our own code failed to load: the page keeps that failure until it is reloaded. */}
      {isApiError(error) && error.kind === 'code' ? (
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      ) : (
        <Button onClick={onRetry}>{t('errors.retry')}</Button>
      )}
    </div>
  );
}

export function PanelEmpty({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">
      {message}
    </p>
  );
}

/** A failed secondary request (the sources): one line, the rest of the panel stays. */
export function InlineError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="flex flex-wrap items-center gap-2 text-xs text-red-900">
      {message}
      <Button className="px-2 py-0.5 text-xs" onClick={onRetry}>
        {t('errors.retry')}
      </Button>
    </p>
  );
}
