// Round axis ticks (0, 1,000, 2,000...), where recharts' default picks steps such as 850.
const STEPS = [1, 2, 2.5, 5, 10];

export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  return (STEPS.find((step) => step >= residual) ?? 10) * magnitude;
}

/** Ticks covering the values and zero, about `count` of them, on round steps. */
export function niceTicks(values: number[], count = 5): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(0, ...finite);
  const max = Math.max(0, ...finite);
  if (min === max) return [0, 1];
  const step = niceStep((max - min) / (count - 1));
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let tick = start; ; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
    if (tick >= max) return ticks;
  }
}
