// The page of the presenter's window (?presenter=1): the presenter view alone, loaded on first
// use. No dashboard is drawn behind it, so it asks only for the data of the slides it shows.
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../lib/i18n';
import { ErrorBoundary } from '../../ui/error-boundary';

const PresenterView = lazy(() => import('./presenter-view').then((module) => ({ default: module.PresenterView })));

export function PresenterRoot() {
  return (
    <ErrorBoundary what="Presenter view" fallback={() => <PresenterNotice message="present.loadFailed" />}>
      <Suspense fallback={<PresenterNotice message="present.loading" />}>
        <PresenterView />
      </Suspense>
    </ErrorBoundary>
  );
}

/** While the view's code loads, or when it could not: closing the window is the way out. */
function PresenterNotice({ message }: { message: 'present.loading' | 'present.loadFailed' }) {
  const { t } = useTranslation();
  return (
    <p role={message === 'present.loadFailed' ? 'alert' : 'status'} className="flex min-h-screen items-center justify-center bg-slate-900 p-4 text-lg text-white">
      {t(message)}
    </p>
  );
}
