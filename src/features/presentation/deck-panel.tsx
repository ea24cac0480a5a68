// The presenter's deck, folded under its summary line. Its contents are a lazy chunk drawn only
// while open. A failed load offers a reload: browsers keep a failed module load for the page.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useDeckSlides, useReplacedDeck, type DeckSlide } from '../../state/deck';
import { Button } from '../../ui/button';
import { ErrorBoundary } from '../../ui/error-boundary';

const DeckBody = lazy(() => import('./deck-body').then((module) => ({ default: module.DeckBody })));

export function DeckPanel() {
  const { t } = useTranslation();
  const slides = useDeckSlides();
  const [isOpen, setOpen] = useState(false);
  // A deck link that replaced the reader's own deck opens the panel, so the Restore offer is seen.
  const replaced = useReplacedDeck();
  const [openedFor, setOpenedFor] = useState<DeckSlide[] | null>(null);
  if (replaced !== null && replaced !== openedFor) {
    setOpenedFor(replaced);
    setOpen(true);
  }
  return (
    <details
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="deck-panel"
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t('deck.title', { count: slides.length })}</summary>
      {isOpen && (
        <ErrorBoundary
          what="Deck"
          fallback={() => (
            <p role="alert" className="mt-3 flex flex-wrap items-center gap-2 text-sm text-red-900">
              {t('deck.loadFailed')}
              <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
            </p>
          )}
        >
          <Suspense fallback={<p className="mt-3 text-sm text-slate-600">{t('deck.loading')}</p>}>
            <DeckBody />
          </Suspense>
        </ErrorBoundary>
      )}
    </details>
  );
}
