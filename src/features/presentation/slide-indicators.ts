// Which indicators a slide draws: with no explicit choice, the featured ones; a pinned slide only
// those the data still has, and none (saying so) if all are gone, never a different chart.
import type { Indicator } from '../../api/contract';
import { selectIndicators } from '../../model/panel-view';

export function slideIndicators(indicators: Indicator[], pinned: string[]): { selected: Indicator[]; isUnavailable: boolean } {
  if (pinned.length === 0) return { selected: selectIndicators(indicators, []).selected, isUnavailable: false };
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const selected = pinned.flatMap((id) => byId.get(id) ?? []);
  return { selected, isUnavailable: indicators.length > 0 && selected.length === 0 };
}
