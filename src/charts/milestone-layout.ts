// Where a chart's milestone labels go: in a band above the plot, so no label lies over a line of
// figures, each beside its own dashed line (or centred over it, the line stopping below it),
// stacked in rows so none overlaps another and none runs past the plot's left or right edge. A
// milestone's line rises to its own label's row: a label may pass over another milestone's line
// only in a higher row than that one's label. A label with no room anywhere becomes a number on
// its line (in a row of its own above the labels' if need be), and the numbered milestones are
// listed beneath the chart; one whose line is too close to another's for a number of its own is
// listed beneath only. No two boxes overlap, numbers included. The page, exported images
// and slides all place labels through this one function, so a label collides nowhere.

export interface MilestoneMark {
  /** The row of the chart the line is drawn at. */
  period: string;
  /** The line's x in the chart's pixels. */
  x: number;
  text: string;
}

export interface PlacedMilestone {
  period: string;
  x: number;
  /** The full label, or the marker's number. */
  text: string;
  /** 0 is the row nearest the plot. */
  row: number;
  anchor: 'start' | 'end' | 'middle';
  /** The label's horizontal extent. */
  left: number;
  right: number;
  /** Set when the label was replaced by a number listed beneath the chart. */
  number?: number;
}

export interface ListedMilestone {
  number: number;
  period: string;
  text: string;
}

export interface MilestoneLayout {
  placed: PlacedMilestone[];
  /** The numbered milestones, in the order of their numbers. */
  listed: ListedMilestone[];
  /** Rows of labels above the plot (0 when there is no milestone). */
  rows: number;
}

export interface MilestoneLayoutOptions {
  /** The plot's left and right edges. */
  left: number;
  right: number;
  fontSize: number;
  maxRows: number;
  measure: (text: string, fontSize: number) => number;
}

/** Space between a label and its own line. */
const LABEL_OFFSET = 4;

/** The height of one row of labels. */
export const milestoneRowHeight = (fontSize: number) => Math.ceil(fontSize * 1.35);

interface Span {
  left: number;
  right: number;
}

/** Rows a number may take above the labels' when those have no room for it. */
const EXTRA_NUMBER_ROWS = 2;

const EMPTY_LAYOUT: MilestoneLayout = { placed: [], listed: [], rows: 0 };

export function layoutMilestones(marks: MilestoneMark[], { left, right, fontSize, maxRows, measure }: MilestoneLayoutOptions): MilestoneLayout {
  if (marks.length === 0 || maxRows < 1) return EMPTY_LAYOUT;
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  const rows: Span[][] = Array.from({ length: maxRows }, () => []);
  const gap = fontSize * 0.6;
  // A label keeps a number's width away from every other line, so a number always fits there.
  const lineClearance = fontSize;
  // The row of each mark's label once placed: its line rises to that row and no higher.
  const labelRow = new Map<number, number>();
  const crossesNoLine = (span: Span, own: number, row: number) =>
    sorted.every((mark, index) => index === own || mark.x < span.left - lineClearance || mark.x > span.right + lineClearance || (labelRow.get(index) ?? row) < row);
  const isFree = (row: Span[], span: Span) => span.left >= left && span.right <= right && row.every((other) => span.right + gap <= other.left || span.left >= other.right + gap);
  const findRow = (span: Span, own: number) => rows.findIndex((row, index) => isFree(row, span) && crossesNoLine(span, own, index));

  const placed: PlacedMilestone[] = [];
  const unplaced: number[] = [];
  sorted.forEach((mark, index) => {
    const width = measure(mark.text, fontSize);
    const after = { left: mark.x + LABEL_OFFSET, right: mark.x + LABEL_OFFSET + width, anchor: 'start' as const };
    const before = { left: mark.x - LABEL_OFFSET - width, right: mark.x - LABEL_OFFSET, anchor: 'end' as const };
    const centred = { left: mark.x - width / 2, right: mark.x + width / 2, anchor: 'middle' as const };
    // Nearer the right edge a label reads leftwards first, as it has more room there.
    const candidates = mark.x > (left + right) / 2 ? [before, after, centred] : [after, before, centred];
    for (const candidate of candidates) {
      const row = findRow(candidate, index);
      if (row < 0) continue;
      rows[row]?.push(candidate);
      labelRow.set(index, row);
      placed.push({ period: mark.period, x: mark.x, text: mark.text, row, anchor: candidate.anchor, left: candidate.left, right: candidate.right });
      return;
    }
    unplaced.push(index);
  });

  // A number stands on its own line, in a row free of other boxes, with no other line through
  // it and its line through no box below it: in a row above the labels' if none is free there.
  const lineRows: { x: number; row: number }[] = placed.map((label) => ({ x: label.x, row: label.row }));
  const fitsNumber = (span: Span, x: number, row: number) =>
    isFree(rows[row] ?? [], span) &&
    lineRows.every((line) => line.row < row || line.x < span.left || line.x > span.right) &&
    rows.slice(0, row + 1).every((lower) => lower.every((other) => x < other.left || x > other.right));
  const marked: { index: number; row: number; span: Span }[] = [];
  const unmarked: number[] = [];
  unplaced.forEach((index) => {
    const mark = sorted[index];
    if (!mark) return;
    // Numbers are at most two digits wide: the space is kept for the widest.
    const half = measure(String(Math.max(unplaced.length, 10)), fontSize) / 2 + 2;
    // Kept inside the plot: a number on a line at the edge leans inwards.
    const centre = Math.min(Math.max(mark.x, left + half), right - half);
    const span = { left: centre - half, right: centre + half };
    const row = Array.from({ length: maxRows + EXTRA_NUMBER_ROWS }, (_, r) => r).find((r) => fitsNumber(span, mark.x, r));
    // Lines closer than half a number's width: no box of its own, so it is named beneath only.
    if (row === undefined) return unmarked.push(index);
    while (rows.length <= row) rows.push([]);
    rows[row]?.push(span);
    lineRows.push({ x: mark.x, row });
    marked.push({ index, row, span });
  });
  // Numbered in the order of the chart; those with no marker follow, named by their year.
  const listed = [...marked.map(({ index }) => index), ...unmarked].map((index, order) => ({ number: order + 1, period: sorted[index]?.period ?? '', text: sorted[index]?.text ?? '' }));
  marked.forEach(({ index, row, span }, order) => {
    const mark = sorted[index];
    if (mark) placed.push({ period: mark.period, x: mark.x, text: String(order + 1), row, anchor: 'middle', left: span.left, right: span.right, number: order + 1 });
  });
  const usedRows = placed.length === 0 ? 0 : Math.max(...placed.map((label) => label.row)) + 1;
  return { placed, listed, rows: usedRows };
}
