// A row of mutually exclusive options as native radio inputs: arrow keys, form semantics and
// screen-reader announcements come for free.
import { useId } from 'react';

interface SegmentedControlProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  size?: 'sm' | 'md';
}

export function SegmentedControl<T extends string>({ label, options, value, onChange, size = 'md' }: SegmentedControlProps<T>) {
  const name = useId();
  const pad = size === 'sm' ? 'px-2 py-1 text-xs' : 'px-3 py-1.5 text-sm';
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600">{label}</legend>
      <div className="inline-flex flex-wrap rounded-md border border-slate-300 bg-white">
        {options.map((option) => (
          <label
            key={option.value}
            className={`cursor-pointer select-none border-slate-300 first:rounded-l-md last:rounded-r-md not-first:border-l has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-teal-700 ${pad} ${
              option.value === value ? 'bg-teal-700 font-medium text-white' : 'text-slate-800 hover:bg-slate-100'
            }`}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
