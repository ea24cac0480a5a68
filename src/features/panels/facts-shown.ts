// The facts a panel shows for its filters: those of the company chosen (all when none, or one the
// data does not know) that fall in the year range. The panel's list and its image share this.
import type { Fact } from '../../api/contract';

/** Undated facts always apply; dated ones when their year or span meets the year filter. */
function isInYears(fact: Fact, from: number, to: number): boolean {
  const span = fact.period?.split('-').map(Number) ?? (fact.date ? [Number(fact.date.slice(0, 4))] : []);
  if (span.length === 0) return true;
  const [start = from, end = start] = span;
  return start <= to && end >= from;
}

/** The companies the facts name, by entity id, sorted. */
export const factCompanies = (facts: Fact[]) => [...new Set(facts.flatMap((f) => (f.entity ? [f.entity] : [])))].sort();

/** `company`: the chosen one, or null; a company the facts do not name shows all. */
export function factsShown(facts: Fact[], company: string | null, from: number, to: number): Fact[] {
  const active = company !== null && factCompanies(facts).includes(company) ? company : null;
  return facts.filter((f) => (!active || f.entity === active) && isInYears(f, from, to));
}

/** Enough to read at a glance; the rest is one click away rather than in a scroll box. */
export const COLLAPSED_FACT_COUNT = 4;
