// What `data:check` and `data:import` print for a package with problems: each problem with its
// place, then how many there are and that nothing was loaded.
import { describeProblem, MAX_LISTED, type Problem } from '../src/data-package/problems';

export function problemReport(path: string, { problems, count }: { problems: readonly Problem[]; count: number }): string[] {
  const more = count > problems.length ? ` (the first ${MAX_LISTED} are listed)` : '';
  return [...problems.map(describeProblem), `${path}: ${count} problem${count === 1 ? '' : 's'}${more}. Nothing was loaded.`];
}
