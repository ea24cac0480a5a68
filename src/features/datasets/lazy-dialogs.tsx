// The datasets' progress bar and problem list load when first needed: most visits never open a
// file, so their code stays off the first load.
import { lazy, Suspense } from 'react';
import { useDatasetFailure, useOpening, useProblemReport } from './datasets-state';

const OpenProgressLoaded = lazy(() => import('./open-progress').then((module) => ({ default: module.OpenProgress })));
const ProblemsDialogLoaded = lazy(() => import('./problems-dialog').then((module) => ({ default: module.ProblemsDialog })));

export function OpenProgress() {
  const opening = useOpening();
  if (!opening) return null;
  return (
    <Suspense fallback={null}>
      <OpenProgressLoaded />
    </Suspense>
  );
}

export function ProblemsDialog() {
  const report = useProblemReport();
  const failure = useDatasetFailure();
  if (!report && failure === null) return null;
  return (
    <Suspense fallback={null}>
      <ProblemsDialogLoaded />
    </Suspense>
  );
}
