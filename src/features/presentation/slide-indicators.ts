// Which indicators a slide draws: with no explicit choice, those its panel opens on; a pinned slide only
// those the data still has, and none (saying so) if all are gone, never a different chart.
import type { Indicator } from '../../api/contract';
import { openingIndicators, type OpeningData } from '../../model/panel-view';

/** `data`: the slide's figures, so a slide of a panel's opening view draws what the panel opens on. */
export function slideIndicators(indicators: Indicator[], pinned: string[], data?: OpeningData): { selected: Indicator[]; isUnavailable: boolean } {
  if (pinned.length === 0) return { selected: openingIndicators(indicators, data), isUnavailable: false };
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const selected = pinned.flatMap((id) => byId.get(id) ?? []);
  return { selected, isUnavailable: indicators.length > 0 && selected.length === 0 };
}
