// The deck's contents (loaded when first opened): the pinned views, each with an editable title
// and note, reordered by dragging or with Move up / Move down, and the deck's actions.
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { usePanelTitles } from '../../hooks/use-domains';
import { deckActions, useDeckSlides, useReplacedDeck, type DeckSlide } from '../../state/deck';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import { Button } from '../../ui/button';
import { DeckActions } from './deck-actions';

export function DeckBody() {
  const { t } = useTranslation();
  const slides = useDeckSlides();
  const split = usePresentationStore((s) => s.emptyDeckSplit);
  const [dragged, setDragged] = useState<string | null>(null);
  const replaced = useReplacedDeck();
  return (
    <div className="mt-3 space-y-3">
      {replaced && (
        <p role="status" className="flex flex-wrap items-center gap-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
          {t('deck.replaced', { count: replaced.length })}
          <Button onClick={deckActions.replacedDeckRestored}>{t('deck.restore')}</Button>
          <Button variant="ghost" onClick={deckActions.replacedDeckDismissed}>
            {t('notice.dismiss')}
          </Button>
        </p>
      )}
      <DeckActions />
      {slides.length === 0 ? (
        <fieldset className="text-sm text-slate-700">
          <legend className="mb-1">{t('deck.empty')}</legend>
          {(['chart', 'panel'] as const).map((value) => (
            <label key={value} className="mr-4 inline-flex items-center gap-1.5">
              <input type="radio" name="empty-deck-split" className="accent-teal-700" checked={split === value} onChange={() => presentationActions.emptyDeckSplitChanged(value)} />
              {t(`deck.split.${value}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <ol className="space-y-2" aria-label={t('deck.listLabel')}>
          {slides.map((slide, index) => (
            <li
              key={slide.id}
              draggable
              onDragStart={() => setDragged(slide.id)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={() => {
                if (dragged) deckActions.slideMoved(dragged, index);
                setDragged(null);
              }}
              className={`flex flex-wrap items-start gap-2 rounded-md border p-2 ${dragged === slide.id ? 'border-teal-600 bg-teal-50' : 'border-slate-200'}`}
              data-slide-id={slide.id}
            >
              <span aria-hidden="true" className="cursor-grab select-none pt-1.5 text-slate-500" title={t('deck.drag')}>
                ⠿
              </span>
              <span className="pt-1.5 text-sm font-semibold tabular-nums text-slate-700">{index + 2}.</span>
              <SlideFields slide={slide} />
              <div className="flex gap-1">
                <Button variant="ghost" aria-label={t('deck.moveUp', { n: index + 2 })} disabled={index === 0} onClick={() => deckActions.slideMoved(slide.id, index - 1)}>
                  ↑
                </Button>
                <Button variant="ghost" aria-label={t('deck.moveDown', { n: index + 2 })} disabled={index === slides.length - 1} onClick={() => deckActions.slideMoved(slide.id, index + 1)}>
                  ↓
                </Button>
                <Button variant="ghost" aria-label={t('deck.remove', { n: index + 2 })} onClick={() => deckActions.slideRemoved(slide.id)}>
                  ✕
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SlideFields({ slide }: { slide: DeckSlide }) {
  const { t } = useTranslation();
  const titleOf = usePanelTitles();
  const summary = `${titleOf(slide.domain)} · ${slide.from}–${slide.to} · ${t(`filters.modes.${slide.mode}`)}`;
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <input
        className="rounded border border-slate-300 px-2 py-1 text-sm"
        aria-label={t('deck.slideTitle')}
        placeholder={t('deck.titlePlaceholder')}
        value={slide.title ?? ''}
        maxLength={200}
        onChange={(event) => deckActions.slideEdited(slide.id, { title: event.target.value || undefined, note: slide.note })}
      />
      <span className="text-xs text-slate-600">{summary}</span>
      <textarea
        className="rounded border border-slate-300 px-2 py-1 text-sm"
        rows={2}
        aria-label={t('deck.slideNote')}
        placeholder={t('deck.notePlaceholder')}
        value={slide.note ?? ''}
        maxLength={2000}
        onChange={(event) => deckActions.slideEdited(slide.id, { title: slide.title, note: event.target.value || undefined })}
      />
    </div>
  );
}
