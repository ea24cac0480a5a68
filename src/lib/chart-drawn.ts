// When a chart has drawn its data. recharts commits a chart's frame (surface, axes) first and
// its lines, bars or areas a render or more later, once their layout is in its store: a mark
// taken at the commit comes before anything is drawn. The dashboard's performance marks and the
// floor's (bench/floor) both wait for this, so they measure the same moment.

/** What recharts draws a series' values with: a line, an area's outline, a bar. */
export const DATA_MARKS = '.recharts-line-curve, .recharts-area-curve, .recharts-bar-rectangle';

/**
 * Calls `onDrawn` once `root` holds a chart's data marks: now, or at the DOM change that adds
 * them (before that frame is painted). Returns a function that stops watching.
 */
export function whenChartDrawn(root: Element, onDrawn: () => void): () => void {
  if (root.querySelector(DATA_MARKS)) {
    onDrawn();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (!root.querySelector(DATA_MARKS)) return;
    observer.disconnect();
    onDrawn();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
