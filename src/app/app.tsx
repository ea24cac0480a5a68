// The dashboard screen: header, filters, notices, and one panel per shown domain.
import { useEffect } from 'react';
import { useTranslation } from '../lib/i18n';
import { ComposedExportMenu } from '../export/composed-export-menu';
import { DatasetsMenu } from '../features/datasets/datasets-menu';
import { DropTarget } from '../features/datasets/drop-target';
import { OpenProgress, ProblemsDialog } from '../features/datasets/lazy-dialogs';
import { DomainPanel } from '../features/panels/domain-panel';
import { PanelSkeleton } from '../features/panels/panel-states';
import { FilterBar } from '../features/filter-bar/filter-bar';
import { NoticeBar } from '../features/filter-bar/notice-bar';
import { DeckPanel } from '../features/presentation/deck-panel';
import { PresentationRoot } from '../features/presentation/presentation-root';
import { startShow } from '../features/presentation/start-show';
import { expectPanels } from '../lib/perf-marks';
import { useDomains, usePanelTitles, useShownDomains } from '../hooks/use-domains';
import { useEntities } from '../hooks/use-entities';
import { BUNDLED_DATASET } from '../api/client';
import { useStoredDatasets } from '../features/datasets/datasets-state';
import { useActiveDataset, useIsDatasetReady } from '../state/datasets';
import { filterActions, useYearRange } from '../state/filters';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { Button } from '../ui/button';
import { ErrorBoundary } from '../ui/error-boundary';

export function App() {
  const { t } = useTranslation();
  const isDatasetReady = useIsDatasetReady();
  const shown = useShownDomains();
  // The panels, their titles and summaries come from the API; while it fails, the panels its indicators name.
  const domains = useDomains();
  const { statedIds } = domains;
  const titleOf = usePanelTitles();
  useEffect(() => {
    if (statedIds) filterActions.domainsKnown(statedIds);
  }, [statedIds]);
  const entities = useEntities();
  useEffect(() => {
    if (entities) filterActions.entitiesKnown({ ids: entities.map((entity) => entity.id), hasCountry: entities.some((entity) => entity.kind === 'country') });
  }, [entities]);
  useEffect(() => expectPanels(shown.length), [shown.length]);
  const heading = useHeading();
  useEffect(() => {
    document.title = heading.title;
  }, [heading.title]);

  return (
    <div className="mx-auto flex min-h-screen max-w-[1600px] flex-col gap-4 bg-slate-50 px-3 py-4 sm:px-6">
      <a href="#panels" className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:p-2 focus:text-teal-800">
        {t('app.skipToContent')}
      </a>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{heading.title}</h1>
          <p className="text-sm text-slate-700 sm:text-base">{heading.subtitle}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <DatasetsMenu />
          <LanguageSwitcher />
          <Button variant="primary" aria-keyshortcuts="P" title={t('present.shortcutHint')} onClick={() => startShow()}>
            {t('present.button')}
          </Button>
          <DashboardExportMenu domains={shown} title={t('app.title')} />
        </div>
      </header>
      <OpenProgress />
      <FilterBar />
      <NoticeBar />
      {domains.hasFailed && (
        <p role="alert" className="flex flex-wrap items-center gap-2 rounded-lg border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {t(domains.isUnavailable ? 'errors.panels' : 'errors.domains')}
          <Button onClick={domains.retry}>{t('errors.retry')}</Button>
        </p>
      )}
      <DeckPanel />
      <main id="panels" tabIndex={-1} className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        {!isDatasetReady && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">{t('datasets.waiting')}</p>}
        {isDatasetReady && shown.length === 0 && <NoPanelShown ids={domains.ids} isUnavailable={domains.isUnavailable} />}
        {isDatasetReady && shown.map((domain, index) => (
          <ErrorBoundary
            key={domain}
            fallback={(retry) => (
              <section role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
                <h2 className="font-semibold">{titleOf(domain)}</h2>
                <p className="my-2">{t('errors.crash')}</p>
                <Button onClick={retry}>{t('errors.retry')}</Button>
              </section>
            )}
          >
            <DomainPanel domain={domain} meta={domains.metaById.get(domain)} isMetaLoading={domains.isPending} isFirstShown={index === 0} />
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

/** Why the page has no panel: they are on their way, the data has none, or the reader hid them all. */
function NoPanelShown({ ids, isUnavailable }: { ids: readonly string[] | undefined; isUnavailable: boolean }) {
  const { t } = useTranslation();
  if (isUnavailable) return null; // the alert above says it, with Retry
  // Shaped like a panel on its way: the panels follow as soon as the data has said which they are.
  if (!ids) {
    return (
      <div aria-busy="true" className="rounded-xl border border-slate-200 bg-slate-50/60 p-4">
        <PanelSkeleton />
      </div>
    );
  }
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">{t(ids.length === 0 ? 'panel.noPanels' : 'panel.allHidden')}</p>;
}

/** The page's title: the app's for its own data, the dataset's for data the reader opened. */
function useHeading(): { title: string; subtitle: string } {
  const { t } = useTranslation();
  const active = useActiveDataset();
  const opened = useStoredDatasets().find((dataset) => dataset.id === active);
  if (active === BUNDLED_DATASET || !opened) return { title: t('app.title'), subtitle: t('app.subtitle') };
  return { title: opened.title, subtitle: t('datasets.openedSubtitle', { files: opened.fileNames.join(', ') }) };
}

/** Reads the year range (for the file name) itself, so a year change re-renders only this menu. */
function DashboardExportMenu({ domains, title }: { domains: string[]; title: string }) {
  const [from, to] = useYearRange();
  return <ComposedExportMenu domains={domains} title={title} from={from} to={to} />;
}
