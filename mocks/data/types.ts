// Shapes of the bundled dataset. An indicator's sourceIds are derived from its points by the
// API layer, so a record cannot claim a source that none of its numbers uses.
import type { DomainId, Fact, Indicator, Point, Source } from '../../src/api/contract';

export interface IndicatorRecord extends Omit<Indicator, 'sourceIds'> {
  points: Point[];
}

export interface DomainData {
  id: DomainId;
  title: string;
  summary: string;
  indicators: IndicatorRecord[];
  facts: Fact[];
}

export type { Source };
