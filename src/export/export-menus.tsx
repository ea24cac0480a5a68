// The Export menus as the dashboard mounts them. Their code (the menus, the menu button, the
// status line) is a chunk of its own: ~1 KB gzip less on the first load, which issue #7 holds to
// 1.25x the floor's. It is asked for once the page is idle after its first drawing: asked for
// during it, the request was part of the first paint's path (with the embedded mock API it goes
// through MSW's worker, which waits for the busy page), and Lighthouse put the first paint
// 0.6-0.9 s later. Until it is there, each menu shows its button, inert and at its size, so
// nothing moves when the real one takes its place; if it cannot load (offline), the button
// stays inert.
import { lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from '../lib/i18n';
import { ErrorBoundary } from '../ui/error-boundary';
import { MENU_TRIGGER_CLASS } from '../ui/menu-trigger';

let isWanted = false;
const listeners = new Set<() => void>();
function wantMenus() {
  if (isWanted) return;
  isWanted = true;
  listeners.forEach((listener) => listener());
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** False until the page has been idle once since a menu was first drawn. */
function useMenusWanted(): boolean {
  const wanted = useSyncExternalStore(subscribe, () => isWanted);
  useEffect(() => {
    if (wanted) return;
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(wantMenus, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(wantMenus, 1000);
    return () => clearTimeout(id);
  }, [wanted]);
  return wanted;
}

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

/** A menu drawn as its inert button until the menus are wanted and their code is here. */
function deferred<P extends object>(Menu: LazyExoticComponent<ComponentType<P>>) {
  return function DeferredExportMenu(props: P) {
    if (!useMenusWanted()) return <InertExportButton />;
    return (
      <ErrorBoundary what="Export menu" fallback={inert}>
        <Suspense fallback={<InertExportButton />}>
          <Menu {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}

export const ChartExportMenu = deferred(lazy(() => import('./chart-export-menu').then((module) => ({ default: module.ChartExportMenu }))));
export const ElementExportMenu = deferred(lazy(() => import('./element-export-menu').then((module) => ({ default: module.ElementExportMenu }))));
