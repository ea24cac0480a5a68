// One list of series from a request per region. The same answers give the same merged object, so
// what is computed from it is not computed again while no answer changes.
import type { SeriesResponse } from '../api/contract';

interface Node {
  next: WeakMap<SeriesResponse, Node>;
  merged?: SeriesResponse;
}
const root: Node['next'] = new WeakMap();

export function mergeSeriesAnswers(answers: readonly SeriesResponse[]): SeriesResponse {
  const [only] = answers;
  if (answers.length === 1 && only) return only;
  let level = root;
  let node: Node = { next: new WeakMap() };
  for (const answer of answers) {
    node = level.get(answer) ?? { next: new WeakMap() };
    level.set(answer, node);
    level = node.next;
  }
  node.merged ??= { series: answers.flatMap((answer) => answer.series) };
  return node.merged;
}
