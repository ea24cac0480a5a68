// The global filters: year range, value mode, panels shown, and Reset. Every control is a
// native select, radio or checkbox, so it works from the keyboard and with a screen reader.
import { useEffect, useId } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useDomains, usePanelTitles, useShownDomains } from '../../hooks/use-domains';
import { filterActions, useShowMilestones, useStatedYearBounds, useValueMode, useYearBounds, useYearRange } from '../../state/filters';
import { VALUE_MODES } from '../../state/filters-schema';
import { Button } from '../../ui/button';
import { SegmentedControl } from '../../ui/segmented-control';
import { useShareUnavailable } from './use-share-unavailable';

export function FilterBar() {
  const { t } = useTranslation();
  const [from, to] = useYearRange();
  const stated = useStatedYearBounds();
  useEffect(() => {
    if (stated) filterActions.yearBoundsKnown(stated);
  }, [stated]);
  const bounds = useYearBounds();
  // The data's years; while none are known, the range's own.
  const years = bounds ? Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min + i) : [...new Set([from, to])];
  const mode = useValueMode();
  const shown = useShownDomains();
  const offered = useDomains().ids ?? shown;
  const titleOf = usePanelTitles();
  const showMilestones = useShowMilestones();
  const shareUnavailable = useShareUnavailable(shown);
  return (
    <form
      aria-label={t('filters.label')}
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset className="flex items-end gap-2">
        <legend className="mb-1 text-xs font-medium text-slate-600">{t('filters.years')}</legend>
        <YearSelect label={t('filters.from')} years={years} value={from} onChange={filterActions.fromYearChanged} />
        <span aria-hidden="true" className="pb-2 text-slate-500">–</span>
        <YearSelect label={t('filters.to')} years={years} value={to} onChange={filterActions.toYearChanged} />
      </fieldset>
      <SegmentedControl
        label={t('filters.mode')}
        value={mode}
        options={VALUE_MODES.map((value) => ({ value, label: t(`filters.modes.${value}`), isDisabled: value === 'share' && shareUnavailable !== undefined }))}
        onChange={filterActions.valueModeChanged}
        note={shareUnavailable && t(`filters.shareUnavailable.${shareUnavailable}`)}
      />
      <fieldset className="min-w-0">
        <legend className="mb-1 text-xs font-medium text-slate-600">{t('filters.domains')}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {offered.map((domain) => (
            <label key={domain} className="flex cursor-pointer items-center gap-1.5 text-sm text-slate-800">
              <input type="checkbox" className="accent-teal-700" checked={shown.includes(domain)} onChange={() => filterActions.domainToggled(domain, offered)} />
              {titleOf(domain)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex cursor-pointer items-center gap-1.5 self-end pb-1.5 text-sm text-slate-800">
        <input type="checkbox" className="accent-teal-700" checked={showMilestones} onChange={filterActions.milestonesToggled} />
        {t('filters.milestones')}
      </label>
      <Button className="ml-auto" title={t('filters.resetLabel')} onClick={filterActions.filtersReset}>
        {t('filters.reset')}
      </Button>
    </form>
  );
}

function YearSelect({ label, years, value, onChange }: { label: string; years: number[]; value: number; onChange: (year: number) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col text-xs text-slate-600">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="mt-0.5 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
