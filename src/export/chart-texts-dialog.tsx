// "Edit title and notes…": the reader's own title, subtitle and a note or byline for one chart,
// as Datawrapper allows before publishing. The panel keeps them in the filters, so the link keeps
// them and the chart's caption and images use them; Reset puts back the chart's own.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../lib/i18n';
import { CHART_TEXT_KEYS, CHART_TEXT_MAX, type ChartTextKey, type ChartTexts } from '../state/filters-schema';
import { Button } from '../ui/button';
import { ModalDialog } from '../ui/modal-dialog';
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import { chartImageTexts, type ChartImageTexts } from './chart-texts-default';

interface ChartTextsDialogProps {
  /** Saves the texts; null puts back the chart's own. */
  onSave: (texts: ChartTexts | null) => void;
  /** The chart's own texts, which an unchanged or emptied field keeps. */
  defaults: ChartImageTexts;
  texts: ChartTexts | undefined;
  onClose: () => void;
}

export function ChartTextsDialog({ onSave, defaults, texts, onClose }: ChartTextsDialogProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [values, setValues] = useState<Record<ChartTextKey, string>>({
    title: texts?.title ?? defaults.title,
    subtitle: texts?.subtitle ?? defaults.subtitle,
    note: texts?.note ?? '',
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Only what differs from the chart's own goes into the link, so it stays short.
    const edited: ChartTexts = {};
    for (const key of CHART_TEXT_KEYS) {
      const value = values[key].trim();
      if (value && value !== defaults[key]) edited[key] = value;
    }
    onSave(edited);
    onClose();
  };
  const reset = () => {
    onSave(null);
    onClose();
  };
  return (
    <ModalDialog title={t('export.texts.dialogTitle')} onClose={onClose}>
      <form className="flex flex-col gap-3" onSubmit={save} aria-describedby={hintId}>
        {CHART_TEXT_KEYS.map((key, index) => (
          <label key={key} className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            {t(`export.texts.${key}`)}
            <input
              type="text"
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal"
              value={values[key]}
              maxLength={CHART_TEXT_MAX[key]}
              placeholder={key === 'note' ? t('export.texts.notePlaceholder') : defaults[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
              {...(index === 0 && { 'data-autofocus': '' })}
            />
          </label>
        ))}
        <p id={hintId} className="text-xs text-slate-600">
          {t('export.texts.hint')}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={reset}>
            {t('export.texts.reset')}
          </Button>
          <Button onClick={onClose}>{t('export.texts.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('export.texts.save')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The dialog for one chart, with the chart's own texts as its defaults (the Export menu loads it on first use). */
export function ChartTextsEditor({ view, format, ...props }: Omit<ChartTextsDialogProps, 'defaults'> & { view: ChartView; format: Formatters }) {
  return <ChartTextsDialog {...props} defaults={chartImageTexts(view, format, undefined)} />;
}
