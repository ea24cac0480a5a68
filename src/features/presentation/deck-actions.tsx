// What can be done with the deck: present it, take it to PowerPoint, share it as a link, clear it.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useFormatters } from '../../charts/use-formatters';
import { usePanelTitles } from '../../hooks/use-domains';
import { deckActions, useDeckSlides } from '../../state/deck';
import { encodeDeck, MAX_LINK_LENGTH } from '../../state/deck-link';
import { useShowMilestones } from '../../state/filters';
import { linkWith } from '../../state/url';
import { Button } from '../../ui/button';
import { startShow } from './start-show';
import { useShowSlides } from './use-show-slides';
import { useActiveDataset, useDatasetTitle, useSubtitle } from '../../state/datasets';
import { useLanguage } from '../../state/language';

const loadPptx = () => import('./pptx');

export function DeckActions() {
  const { t } = useTranslation();
  const deck = useDeckSlides();
  const { slides } = useShowSlides();
  const queryClient = useQueryClient();
  const format = useFormatters();
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const showMilestones = useShowMilestones();
  const language = useLanguage();
  const panelTitle = usePanelTitles();
  const dataset = useActiveDataset();
  const subtitle = useSubtitle();
  const datasetTitle = useDatasetTitle();

  const downloadPptx = async () => {
    setStatus(t('export.preparing'));
    try {
      const { downloadDeckPptx } = await loadPptx();
      const filename = await downloadDeckPptx({ slides, queryClient, format, t, panelTitle, showMilestones, language, dataset, datasetTitle, subtitle });
      setStatus(t('export.saved', { filename }));
    } catch (error) {
      console.error('PowerPoint export failed', error);
      setStatus(t('export.failed'));
    }
  };
  const copyLink = async () => {
    const url = linkWith({ present: null, deck: encodeDeck(deck) });
    setLink(url);
    if (url.length > MAX_LINK_LENGTH) {
      setStatus(t('deck.linkTooLong'));
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('deck.linkCopied'));
    } catch {
      setStatus(t('deck.linkShown'));
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" onClick={() => startShow()}>
        {t('present.button')}
      </Button>
      <Button onClick={() => void downloadPptx()}>{t('deck.pptx')}</Button>
      {deck.length > 0 && (
        <>
          <Button onClick={() => void copyLink()}>{t('deck.copyLink')}</Button>
          <Button variant="ghost" onClick={deckActions.deckCleared}>
            {t('deck.clear')}
          </Button>
        </>
      )}
      <span role="status" className="text-xs text-slate-600">
        {status}
      </span>
      {link && <input readOnly aria-label={t('deck.link')} className="w-full rounded border border-slate-300 px-2 py-1 text-xs" value={link} onFocus={(event) => event.target.select()} />}
    </div>
  );
}
