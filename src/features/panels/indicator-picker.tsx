// Which indicators the panel charts: a disclosure with one checkbox per indicator the API
// lists, so a new indicator in the dataset appears here with no code change.
import { memo, useRef } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useDismissDisclosure } from '../../ui/use-dismiss-disclosure';
import type { DomainId, Indicator } from '../../api/contract';
import { filterActions } from '../../state/filters';

interface IndicatorPickerProps {
  domain: DomainId;
  indicators: Indicator[];
  selected: Indicator[];
}

export const IndicatorPicker = memo(function IndicatorPicker({ domain, indicators, selected }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissDisclosure(ref);
  const selectedIds = new Set(selected.map((i) => i.id));
  const toggle = (id: string) => {
    const next = indicators.filter((i) => (i.id === id ? !selectedIds.has(id) : selectedIds.has(i.id))).map((i) => i.id);
    // Unticking the last box would leave an empty chart: keep at least one.
    if (next.length > 0) filterActions.indicatorsChanged(domain, next);
  };
  return (
    <details ref={ref} className="group relative min-w-0">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700">
        {t('panel.indicators')} ({selected.length}/{indicators.length}) <span aria-hidden="true">▾</span>
      </summary>
      <fieldset className="absolute left-0 z-20 mt-1 max-h-80 w-[min(24rem,85vw)] overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">{t('panel.indicatorsHint')}</legend>
        {indicators.map((indicator) => (
          <label key={indicator.id} className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
            <input
              type="checkbox"
              className="mt-0.5 accent-teal-700"
              checked={selectedIds.has(indicator.id)}
              onChange={() => toggle(indicator.id)}
            />
            <span>
              {indicator.title}
              <span className="block text-xs text-slate-600">{indicator.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
});
