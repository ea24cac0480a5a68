// Periods as the API sends them: a calendar year "2024" or a month "2024-03". The bundled
// dataset is yearly; the benchmark's scale dataset (bench/scale) is monthly. A chart, table or
// card works from the period string and never assumes one frequency.

/** The calendar year a period falls in. */
export const yearOf = (period: string) => Number(period.slice(0, 4));

export const isMonthly = (period: string) => period.length === 7;

/** Position on a time line, in years: 2024 is 2024, 2024-07 is 2024.5. */
export const timeOf = (period: string) => yearOf(period) + (isMonthly(period) ? (Number(period.slice(5, 7)) - 1) / 12 : 0);

/** The same period a year earlier, for year-on-year changes: 2024-03 → 2023-03. */
export const periodYearBefore = (period: string) => `${yearOf(period) - 1}${period.slice(4)}`;

/** Every period of the years from..to, in order: years, or months when `monthly`. */
export function periodsInRange(from: number, to: number, monthly: boolean): string[] {
  const periods: string[] = [];
  for (let year = from; year <= to; year++) {
    if (!monthly) periods.push(String(year));
    else for (let month = 1; month <= 12; month++) periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return periods;
}

/** True when any series of the group has monthly points (a group is of one frequency). */
export const hasMonthlyPoints = (series: readonly { points: readonly { period: string }[] }[]) =>
  series.some((s) => s.points.some((p) => isMonthly(p.period)));
