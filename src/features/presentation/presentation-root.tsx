// Mounts the slide show when it is open, loading its code on first use; opens it from a
// ?present=N link; loads a deck shared as ?deck=...; and listens for the P shortcut. The
// presenter's window (?presenter=1) has a page of its own: presenter-root.tsx.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '../../lib/i18n';
import { deckActions } from '../../state/deck';
import { filterActions } from '../../state/filters';
import { decodeDeck } from '../../state/deck-link';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import { startParams, takeStartDeck } from '../../state/url';
import { Button } from '../../ui/button';
import { ErrorBoundary } from '../../ui/error-boundary';
import { startShow } from './start-show';

const SlideShow = lazy(() => import('./slide-show').then((module) => ({ default: module.SlideShow })));

function loadStartDeck() {
  const value = takeStartDeck();
  if (value === null) return;
  const slides = decodeDeck(value);
  if (slides) deckActions.deckLoaded(slides);
  else filterActions.paramsRejected([{ param: 'deck', value: value.slice(0, 40), reason: 'invalid_value' }]);
}

export function PresentationRoot() {
  const isOpen = usePresentationStore((s) => s.isOpen);
  useEffect(() => {
    loadStartDeck();
    const { present } = startParams();
    if (present !== null) presentationActions.opened(present);
  }, []);
  useEffect(() => {
    if (isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]')) return;
        event.preventDefault();
        startShow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isOpen]);
  if (!isOpen) return null;
  return (
    <ErrorBoundary what="Slide show" fallback={() => <ShowNotice message="present.loadFailed" />}>
      <Suspense fallback={<ShowNotice message="present.loading" />}>
        <SlideShow />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Covers the page while the show's code loads, or says it could not; Close always leads back. */
function ShowNotice({ message }: { message: 'present.loading' | 'present.loadFailed' }) {
  const { t } = useTranslation();
  const isFailed = message === 'present.loadFailed';
  const close = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    presentationActions.closed();
  };
  return (
    <div role={isFailed ? 'alert' : 'status'} className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-4 bg-slate-900/90 text-lg text-white">
      <p>{t(message)}</p>
      <Button onClick={close}>{t('present.close')}</Button>
    </div>
  );
}
