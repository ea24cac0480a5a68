// The dashboard screen: header, filters, notices, and one panel per shown domain.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from '../lib/i18n';
import { apiQueries } from '../api/queries';
import { ElementExportMenu } from '../export/element-export-menu';
import { DatasetsMenu } from '../features/datasets/datasets-menu';
import { DropTarget } from '../features/datasets/drop-target';
import { OpenProgress } from '../features/datasets/open-progress';
import { ProblemsDialog } from '../features/datasets/problems-dialog';
import { DomainPanel } from '../features/panels/domain-panel';
import { FilterBar } from '../features/filter-bar/filter-bar';
import { NoticeBar } from '../features/filter-bar/notice-bar';
import { DeckPanel } from '../features/presentation/deck-panel';
import { PresentationRoot } from '../features/presentation/presentation-root';
import { startShow } from '../features/presentation/start-show';
import { expectPanels } from '../lib/perf-marks';
import { useActiveDataset, useIsDatasetReady, useSubtitle } from '../state/datasets';
import { useShownDomains, useYearRange } from '../state/filters';
import { useLanguage } from '../state/language';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { Button } from '../ui/button';
import { ErrorBoundary } from '../ui/error-boundary';

export function App() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dataset = useActiveDataset();
  const isDatasetReady = useIsDatasetReady();
  const subtitle = useSubtitle();
  const shown = useShownDomains();
  const dashboardRef = useRef<HTMLDivElement>(null);
  // Titles and summaries come from the API; until they arrive the panels use their own names.
  const domainsQuery = useQuery({ ...apiQueries.domains(language, dataset), enabled: isDatasetReady });
  const metaById = new Map((domainsQuery.data?.domains ?? []).map((d) => [d.id, d]));
  useEffect(() => expectPanels(shown.length), [shown.length]);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <div ref={dashboardRef} className="mx-auto flex min-h-screen max-w-[1600px] flex-col gap-4 bg-slate-50 px-3 py-4 sm:px-6">
      <a href="#panels" className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:p-2 focus:text-teal-800">
        {t('app.skipToContent')}
      </a>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('app.title')}</h1>
          <p className="text-sm text-slate-700 sm:text-base">{subtitle}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2" data-export-ignore="">
          <DatasetsMenu />
          <LanguageSwitcher />
          <Button variant="primary" aria-keyshortcuts="P" title={t('present.shortcutHint')} onClick={() => startShow()}>
            {t('present.button')}
          </Button>
          <DashboardExportMenu target={dashboardRef} title={t('app.title')} />
        </div>
      </header>
      <OpenProgress />
      <FilterBar />
      <NoticeBar />
      {domainsQuery.error && (
        <p role="alert" className="flex flex-wrap items-center gap-2 rounded-lg border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {t('errors.domains')}
          <Button onClick={() => void domainsQuery.refetch()}>{t('errors.retry')}</Button>
        </p>
      )}
      <DeckPanel />
      <main id="panels" tabIndex={-1} className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        {!isDatasetReady && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">{t('datasets.waiting')}</p>}
        {isDatasetReady && shown.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">{t('panel.allHidden')}</p>}
        {isDatasetReady && shown.map((domain, index) => (
          <ErrorBoundary
            key={domain}
            fallback={(retry) => (
              <section role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
                <h2 className="font-semibold">{t(`domain.${domain}`)}</h2>
                <p className="my-2">{t('errors.crash')}</p>
                <Button onClick={retry}>{t('errors.retry')}</Button>
              </section>
            )}
          >
            <DomainPanel domain={domain} meta={metaById.get(domain)} isMetaLoading={domainsQuery.isPending} isFirstShown={index === 0} />
          </ErrorBoundary>
        ))}
      </main>
      <footer className="text-xs text-slate-600">{t('app.footer')}</footer>
      <PresentationRoot />
      <DropTarget />
      <ProblemsDialog />
    </div>
  );
}

/** Reads the year range (for the file name) itself, so a year change re-renders only this menu. */
function DashboardExportMenu({ target, title }: { target: RefObject<HTMLElement | null>; title: string }) {
  const [from, to] = useYearRange();
  return <ElementExportMenu target={target} title={title} from={from} to={to} />;
}
