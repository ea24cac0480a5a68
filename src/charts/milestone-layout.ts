// Where a chart's milestone labels go: in a band above the plot, so no label lies over a line of
// figures, each beside its own dashed line (or centred over it, the line stopping below it),
// stacked in rows so none overlaps another and none runs past the plot's left or right edge. A
// milestone's line rises to its own label's row: a label may pass over another milestone's line
// only in a higher row than that one's label. A label with no room anywhere becomes a number on
// its line, and the numbered milestones are listed beneath the chart. The page, exported images
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
export const LABEL_OFFSET = 4;

/** The height of one row of labels. */
export const milestoneRowHeight = (fontSize: number) => Math.ceil(fontSize * 1.35);

interface Span {
  left: number;
  right: number;
}

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

  const listed = unplaced.map((index, order) => ({ number: order + 1, period: sorted[index]?.period ?? '', text: sorted[index]?.text ?? '' }));
  unplaced.forEach((index, order) => {
    const mark = sorted[index];
    if (!mark) return;
    const text = String(order + 1);
    const half = measure(text, fontSize) / 2 + 2;
    // Kept inside the plot: a number on a line at the edge leans inwards.
    const centre = Math.min(Math.max(mark.x, left + half), right - half);
    const span = { left: centre - half, right: centre + half };
    const free = rows.findIndex((row) => isFree(row, span));
    // No room in any row (milestones closer than a number's width): the last row, over its neighbour.
    const row = free >= 0 ? free : rows.length - 1;
    rows[row]?.push(span);
    placed.push({ period: mark.period, x: mark.x, text, row, anchor: 'middle', left: span.left, right: span.right, number: order + 1 });
  });
  const usedRows = Math.max(...placed.map((label) => label.row)) + 1;
  return { placed, listed, rows: usedRows };
}
