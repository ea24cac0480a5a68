// Share: the link to this view, or the code that puts this chart, live, in another page. A
// dataset opened from the reader's files lives in their browser only, so it offers the image.
import { useId, useRef, useState } from 'react';
import type { ChartView } from '../charts/chart-types';
import { useTranslation } from '../lib/i18n';
import { useLanguage } from '../state/language';
import type { ChartTexts } from '../state/filters-schema';
import { embedAddress, viewLink } from '../state/url';
import { Button } from '../ui/button';
import { ModalDialog } from '../ui/modal-dialog';
import { embedSnippet } from './embed-links';

interface ShareDialogProps {
  view: ChartView;
  /** The reader's own title, subtitle and note for this chart: the frame's title follows theirs. */
  texts?: ChartTexts | undefined;
  onClose: () => void;
  /** Downloads the chart's image: what a dataset that cannot be shared offers instead. */
  onImage: () => void;
}

export function ShareDialog({ view, texts, onClose, onImage }: ShareDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = texts?.title ?? view.title;
  const link = viewLink(); // none for a dataset opened from the reader's files
  return (
    <ModalDialog title={t('share.title', { title })} onClose={onClose}>
      {link === undefined ? (
        <>
          <p className="text-sm text-slate-800">{t('share.localDataset')}</p>
          <div>
            <Button
              variant="primary"
              onClick={() => {
                onClose();
                onImage();
              }}
            >
              {t('share.downloadImage')}
            </Button>
          </div>
        </>
      ) : (
        <div className="flex min-h-0 flex-col gap-4 overflow-y-auto">
          <CopyField label={t('share.link')} hint={t('share.linkHint')} copyLabel={t('share.copyLink')} value={link} rows={2} />
          <CopyField label={t('share.embed')} hint={t('share.embedHint')} copyLabel={t('share.copyEmbed')} value={embedSnippet(embedAddress(view.id, language), t('share.frameTitle', { title, app: t('app.title') }))} rows={9} />
        </div>
      )}
      <div className="flex justify-end">
        <Button data-autofocus onClick={onClose}>
          {t('share.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}

/** Read-only text with a Copy button; where the clipboard is refused, the text is selected for the reader to copy. */
function CopyField({ label, hint, copyLabel, value, rows }: { label: string; hint: string; copyLabel: string; value: string; rows: number }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('share.copied'));
    } catch {
      ref.current?.select();
      setStatus(t('share.copyByHand'));
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <p id={hintId} className="text-xs text-slate-600">
        {hint}
      </p>
      <textarea
        ref={ref}
        id={id}
        readOnly
        rows={rows}
        value={value}
        aria-describedby={hintId}
        spellCheck={false}
        className="w-full resize-y rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="flex items-center gap-2">
        <Button onClick={() => void copy()}>{copyLabel}</Button>
        <span role="status" className="text-xs text-slate-700">
          {status}
        </span>
      </div>
    </div>
  );
}
