// Why a file could not be opened: each problem with its file, row and column (the first 100,
// and how many in all), over a dashboard that did not change. Also says when the worker failed.
import { useTranslation } from '../../lib/i18n';
import { describeProblem } from '../../data-package/problems';
import { Button } from '../../ui/button';
import { ModalDialog } from '../../ui/modal-dialog';
import { problemsClosed } from './dataset-actions';
import { useDatasetFailure, useProblemReport } from './datasets-state';

export function ProblemsDialog() {
  const { t } = useTranslation();
  const report = useProblemReport();
  const failure = useDatasetFailure();
  if (!report && failure === null) return null;
  const listed = report?.problems.length ?? 0;
  return (
    <ModalDialog role="alertdialog" title={t('datasets.problemsTitle')} onClose={problemsClosed}>
      {report ? (
        <>
          <p className="text-sm text-slate-700">{t('datasets.problemsIntro', { label: report.label })}</p>
          <p className="text-sm font-medium" data-testid="problem-count">
            {report.count > listed ? t('datasets.problemsSome', { count: report.count, listed }) : t('datasets.problemsAll', { count: report.count })}
          </p>
          {/* Keyboard readers scroll a long list with the arrow keys once it has focus. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll from the keyboard */}
          <ol tabIndex={0} aria-label={t('datasets.problemsList')} className="min-h-0 flex-1 list-decimal space-y-1 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 py-2 pr-3 pl-10 font-mono text-xs text-slate-900">
            {report.problems.map((problem, index) => (
              <li key={index} className="break-words">
                {describeProblem(problem)}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t('datasets.failed', { message: failure ?? '' })}</p>
      )}
      <div className="flex justify-end">
        <Button variant="primary" data-autofocus="" onClick={problemsClosed}>
          {t('datasets.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}
