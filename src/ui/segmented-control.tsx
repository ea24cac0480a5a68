// A row of mutually exclusive options as native radio inputs: arrow keys, form semantics and
// screen-reader announcements come for free. An option can be unavailable: it stays in place,
// disabled, and `note` says why under the row.
import { useId } from 'react';

interface SegmentedControlProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string; isDisabled?: boolean }[];
  value: T;
  onChange: (value: T) => void;
  size?: 'sm' | 'md';
  /** Shown under the options and read with them: why an option is unavailable. */
  note?: string;
}

export function SegmentedControl<T extends string>({ label, options, value, onChange, size = 'md', note }: SegmentedControlProps<T>) {
  const name = useId();
  const noteId = useId();
  const pad = size === 'sm' ? 'px-2 py-1 text-xs' : 'px-3 py-1.5 text-sm';
  const look = (option: (typeof options)[number]) =>
    option.value === value ? 'bg-teal-700 font-medium text-white' : option.isDisabled ? 'cursor-not-allowed text-slate-500' : 'cursor-pointer text-slate-800 hover:bg-slate-100';
  return (
    <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={note ? noteId : undefined}>
      <legend className="mb-1 text-xs font-medium text-slate-600">{label}</legend>
      <div className="inline-flex flex-wrap rounded-md border border-slate-300 bg-white">
        {options.map((option) => (
          <label
            key={option.value}
            className={`select-none border-slate-300 first:rounded-l-md last:rounded-r-md not-first:border-l has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-teal-700 ${pad} ${look(option)}`}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={option.value}
              checked={option.value === value}
              disabled={option.isDisabled}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {note && (
        <p id={noteId} className="max-w-md text-xs text-slate-600">
          {note}
        </p>
      )}
    </fieldset>
  );
}
