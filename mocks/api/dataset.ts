// The bundled dataset, indexed once for the request functions. An indicator's sourceIds are
// the sources its points cite.
import type { Fact, Indicator, Point, Source } from '../../src/api/contract';
import { domains, sources } from '../data';

export interface DatasetIndicator extends Indicator {
  points: Point[];
}

function buildDataset() {
  const indicators: DatasetIndicator[] = domains.flatMap((domain) =>
    domain.indicators.map((record) => ({
      ...record,
      sourceIds: [...new Set(record.points.flatMap((p) => [p.sourceId, ...(p.alternatives ?? []).map((a) => a.sourceId)]))],
    })),
  );
  const facts: Fact[] = domains.flatMap((domain) => domain.facts);
  return {
    domains,
    indicators,
    indicatorsById: new Map(indicators.map((i) => [i.id, i])),
    facts,
    sources: sources as Source[],
  };
}

export const dataset = buildDataset();
