// The Export menus as the dashboard mounts them. Their code (the menus, the menu button, the
// status line) is a chunk of its own, asked for as the first of them is drawn and there a few
// frames later: ~1.6 KB gzip less on the first load, which issue #7 holds to 1.25x the floor's.
// Until it is there, each shows its button, inert and at its size, so nothing moves when the
// real one takes its place; if it cannot load (offline), the button stays inert.
import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from '../lib/i18n';
import { ErrorBoundary } from '../ui/error-boundary';
import { MENU_TRIGGER_CLASS } from '../ui/menu-trigger';

const ChartMenu = lazy(() => import('./chart-export-menu').then((module) => ({ default: module.ChartExportMenu })));
const ElementMenu = lazy(() => import('./element-export-menu').then((module) => ({ default: module.ElementExportMenu })));

function InertExportButton() {
  const { t } = useTranslation();
  return (
    <div className="flex items-center gap-2" data-export-ignore="">
      <span className="max-w-64 truncate text-xs text-slate-600" />
      <div className="relative inline-block">
        <button type="button" disabled aria-haspopup="menu" className={MENU_TRIGGER_CLASS}>
          {t('export.button')} <span aria-hidden="true">▾</span>
        </button>
      </div>
    </div>
  );
}

const inert = () => <InertExportButton />;

export function ChartExportMenu(props: ComponentProps<typeof ChartMenu>) {
  return (
    <ErrorBoundary what="Export menu" fallback={inert}>
      <Suspense fallback={<InertExportButton />}>
        <ChartMenu {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function ElementExportMenu(props: ComponentProps<typeof ElementMenu>) {
  return (
    <ErrorBoundary what="Export menu" fallback={inert}>
      <Suspense fallback={<InertExportButton />}>
        <ElementMenu {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
