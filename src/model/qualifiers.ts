// How a value's qualifier carries through arithmetic. A ratio of a lower bound to an exact
// figure is itself a lower bound; a ratio of two bounds says nothing, so it is not computed.
import type { Qualifier } from '../api/contract';

export type BoundKind = 'more_than' | 'less_than' | 'approx' | 'exact';
const PARTIAL_YEAR: readonly Qualifier[] = ['jan_mar', 'jan_jun', 'jan_aug', 'jan_sep', 'jan_oct', 'jan_nov'];

export const isPartialYear = (q: Qualifier | undefined) => q !== undefined && PARTIAL_YEAR.includes(q);

export function boundKind(q: Qualifier | undefined): BoundKind {
  if (q === 'more_than' || q === 'less_than') return q;
  if (q === 'about' || q === 'nearly' || q === 'rounded') return 'approx';
  return 'exact'; // preliminary figures are exact as published; partial years are checked apart
}

/** Qualifier of numerator / denominator, or null when the ratio cannot be stated honestly. */
export function ratioQualifier(numerator: Qualifier | undefined, denominator: Qualifier | undefined): Qualifier | undefined | null {
  // Jan-Sep over Jan-Sep compares like with like; Jan-Sep over a full year does not.
  if (isPartialYear(numerator) || isPartialYear(denominator)) {
    return numerator === denominator ? undefined : null;
  }
  const top = boundKind(numerator);
  const bottom = boundKind(denominator);
  if (top === 'exact' && bottom === 'exact') return undefined;
  if (top === 'approx' || bottom === 'approx') {
    return top === 'exact' || bottom === 'exact' || (top === 'approx' && bottom === 'approx') ? 'about' : null;
  }
  if (top === 'exact') return bottom === 'more_than' ? 'less_than' : 'more_than'; // x / (more than y)
  if (bottom === 'exact') return top; // (more than x) / y
  return null; // two bounds
}
