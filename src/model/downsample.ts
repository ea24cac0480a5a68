// Largest-Triangle-Three-Buckets (Steinarsson 2013) over a chart's rows, so a chart never draws
// more points than its plot has pixels: 600 months on a 500-pixel plot would put two points on a
// pixel and cost recharts twice the work for nothing. The data table keeps every value.
//
// The rows carry several series on one x axis, so one set of rows is kept for all of them: in
// each bucket, the row whose triangles (summed over the series, each scaled to its own range so a
// large unit does not outvote a small one) are largest. A gap must stay visible, so a bucket
// holding a missing value keeps that row: a line is never drawn across a missing month.

type Row = Record<string, unknown>;

const valueOf = (row: Row | undefined, key: string): number | null => {
  const value = row?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

export function downsampleRows<R extends Row>(rows: R[], seriesKeys: readonly string[], maxPoints: number): R[] {
  const threshold = Math.max(3, Math.floor(maxPoints));
  if (rows.length <= threshold || seriesKeys.length === 0) return rows;
  const spans = seriesKeys.map((key) => {
    let min = Infinity;
    let max = -Infinity;
    for (const row of rows) {
      const value = valueOf(row, key);
      if (value === null) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return max > min ? max - min : 1;
  });
  // A missing value before a series starts or after it ends is not a gap to keep.
  const extents = seriesKeys.map((key) => ({
    first: rows.findIndex((row) => valueOf(row, key) !== null),
    last: rows.findLastIndex((row) => valueOf(row, key) !== null),
  }));
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return rows;
  const kept: R[] = [first];
  let previousIndex = 0;
  // The first and last rows stay; the rows between are split into threshold - 2 buckets.
  const bucketSize = (rows.length - 2) / (threshold - 2);
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, rows.length - 1);
    const gapIndex = firstGap(rows, start, end, seriesKeys, extents);
    if (gapIndex !== -1) {
      kept.push(rows[gapIndex] as R);
      previousIndex = gapIndex;
      continue;
    }
    // The third corner: the mean of the next bucket (the last row for the last bucket).
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, rows.length);
    const corners = seriesKeys.map((key) => ({ a: valueOf(rows[previousIndex], key), c: meanOf(rows, nextStart, nextEnd, key) }));
    let bestIndex = start;
    let bestArea = -1;
    for (let index = start; index < end; index++) {
      let area = 0;
      seriesKeys.forEach((key, s) => {
        const { a, c } = corners[s] ?? { a: null, c: null };
        const b = valueOf(rows[index], key);
        if (a === null || b === null || c === null) return;
        const span = spans[s] ?? 1;
        // Twice the triangle's area, x in row steps and y scaled to the series' range.
        area += Math.abs((previousIndex - c.x) * (b - a) / span - (previousIndex - index) * (c.y - a) / span);
      });
      if (area > bestArea) {
        bestArea = area;
        bestIndex = index;
      }
    }
    kept.push(rows[bestIndex] as R);
    previousIndex = bestIndex;
  }
  kept.push(last);
  return kept;
}

/** The first row of [start, end) where a series has no value while its neighbours have one. */
function firstGap(rows: Row[], start: number, end: number, keys: readonly string[], extents: { first: number; last: number }[]): number {
  for (let index = start; index < end; index++) {
    for (const [s, key] of keys.entries()) {
      const extent = extents[s];
      if (!extent || index <= extent.first || index >= extent.last) continue;
      if (valueOf(rows[index], key) === null) return index;
    }
  }
  return -1;
}

function meanOf(rows: Row[], start: number, end: number, key: string): { x: number; y: number } | null {
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (let index = start; index < end; index++) {
    const value = valueOf(rows[index], key);
    if (value === null) continue;
    sumX += index;
    sumY += value;
    count++;
  }
  return count === 0 ? null : { x: sumX / count, y: sumY / count };
}
