// The geometry of a sparkline, apart from React so it is easy to test: one x slot per period of
// the range, thinned to the box's width (LTTB); y from zero to the range's highest figure (or
// lowest, for negative ones: a 2% change should look like one, not fill the card); the line
// broken at every period with no figure, and a dot for a figure with no neighbour.
import { downsampleRows } from '../model/downsample';
import { isMonthly, periodsInRange } from '../model/period';
import type { ViewPoint } from '../model/view-point';

export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept free on every side, so the stroke and dots are not clipped. */
  inset: number;
}

export interface SparklineShape {
  /** SVG path data: one "M…L…" run per unbroken stretch of years; '' when nothing to draw. */
  path: string;
  /** Isolated figures, as [x, y]. */
  dots: [number, number][];
}

const round = (value: number) => Math.round(value * 100) / 100;

export function sparklineShape(points: ViewPoint[], from: number, to: number, box: SparklineBox): SparklineShape {
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  const rows = periodsInRange(from, to, points.some((p) => isMonthly(p.period))).map((period) => ({ period, value: byPeriod.get(period) ?? null }));
  const values = downsampleRows(rows, ['value'], box.width - 2 * box.inset).map((row) => row.value);
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { path: '', dots: [] };
  const min = Math.min(0, ...present);
  const max = Math.max(0, ...present);
  const innerWidth = box.width - 2 * box.inset;
  const innerHeight = box.height - 2 * box.inset;
  // A single slot sits in the middle; an all-zero series sits halfway up.
  const x = (index: number) => round(box.inset + (values.length === 1 ? innerWidth / 2 : (index / (values.length - 1)) * innerWidth));
  const y = (value: number) => round(box.inset + (max === min ? innerHeight / 2 : ((max - value) / (max - min)) * innerHeight));

  let path = '';
  const dots: [number, number][] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    const before = values[index - 1];
    const after = values[index + 1];
    const hasBefore = before !== undefined && before !== null;
    const hasAfter = after !== undefined && after !== null;
    if (!hasBefore && !hasAfter) dots.push([x(index), y(value)]);
    else path += `${hasBefore ? 'L' : 'M'}${x(index)},${y(value)}`;
  });
  return { path, dots };
}
