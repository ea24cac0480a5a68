// Largest-Triangle-Three-Buckets (Steinarsson 2013) over a chart's rows, so a chart never draws
// more points than its plot has pixels; the data table keeps every value. One set of rows serves
// every series: in each bucket, the row whose triangles, summed over the series (each scaled to
// its own range), are largest. Kept before the budget is spent: for every series, the rows on
// both sides of each change between a figure and no figure (a gap is never bridged, an isolated
// figure never dropped), and the rows the caller must show (flagged values).

type Row = Record<string, unknown>;

const valueOf = (row: Row | undefined, key: string): number | null => {
  const value = row?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

export function downsampleRows<R extends Row>(rows: R[], seriesKeys: readonly string[], maxPoints: number, mustKeep?: (row: R) => boolean): R[] {
  const threshold = Math.max(3, Math.floor(maxPoints));
  if (rows.length <= threshold || seriesKeys.length === 0) return rows;
  const kept = requiredRows(rows, seriesKeys, mustKeep);
  // Should honesty alone need more rows than pixels (a series missing every other month), it wins.
  if (kept.size + 2 < threshold) for (const index of largestTriangles(rows, seriesKeys, threshold - kept.size)) kept.add(index);
  return [...kept].sort((a, b) => a - b).map((index) => rows[index] as R);
}

/** First and last rows, both sides of every figure/no-figure change of every series, and mustKeep's. */
function requiredRows<R extends Row>(rows: R[], keys: readonly string[], mustKeep?: (row: R) => boolean): Set<number> {
  const kept = new Set([0, rows.length - 1]);
  for (const key of keys) {
    for (let index = 1; index < rows.length; index++) {
      if ((valueOf(rows[index], key) === null) !== (valueOf(rows[index - 1], key) === null)) {
        kept.add(index - 1);
        kept.add(index);
      }
    }
  }
  if (mustKeep) rows.forEach((row, index) => mustKeep(row) && kept.add(index));
  return kept;
}

/** The indexes LTTB picks for `threshold` points, first and last included. */
function largestTriangles(rows: Row[], keys: readonly string[], threshold: number): number[] {
  const spans = keys.map((key) => {
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
  const picked = [0];
  let previousIndex = 0;
  // The first and last rows stay; the rows between are split into threshold - 2 buckets.
  const bucketSize = (rows.length - 2) / Math.max(1, threshold - 2);
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, rows.length - 1);
    // The third corner: the mean of the next bucket (the last row for the last bucket).
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, rows.length);
    const corners = keys.map((key) => ({ a: valueOf(rows[previousIndex], key), c: meanOf(rows, end, nextEnd, key) }));
    let bestIndex = start;
    let bestArea = -1;
    for (let index = start; index < end; index++) {
      let area = 0;
      keys.forEach((key, s) => {
        const { a, c } = corners[s] ?? { a: null, c: null };
        const b = valueOf(rows[index], key);
        if (a === null || b === null || c === null) return;
        const span = spans[s] ?? 1;
        // Twice the triangle's area, x in row steps and y scaled to the series' range.
        area += Math.abs(((previousIndex - c.x) * (b - a)) / span - ((previousIndex - index) * (c.y - a)) / span);
      });
      if (area > bestArea) {
        bestArea = area;
        bestIndex = index;
      }
    }
    picked.push(bestIndex);
    previousIndex = bestIndex;
  }
  picked.push(rows.length - 1);
  return picked;
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
