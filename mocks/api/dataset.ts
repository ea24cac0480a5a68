// The bundled dataset, indexed once per language for the request functions. An indicator's
// sourceIds are the sources its points cite.
import type { Fact, Indicator, Language, Point, Source, YearBounds } from '../../src/api/contract';
import { domains as englishDomains, sources as englishSources } from '../data';
import type { DomainData } from '../data/types';
import { localizeDomains, localizeSources, translationsFor } from './localize';

export interface DatasetIndicator extends Indicator {
  points: Point[];
}

/** The first and last years with a figure: the range the API accepts for `from` and `to`. */
function yearBounds(indicators: DatasetIndicator[]): YearBounds {
  const years = indicators.flatMap((indicator) => indicator.points.map((point) => Number(point.period.slice(0, 4))));
  return { min: Math.min(...years), max: Math.max(...years) };
}

export function buildDataset(domains: DomainData[], sources: Source[]) {
  const indicators: DatasetIndicator[] = domains.flatMap((domain) =>
    domain.indicators.map((record) => ({
      ...record,
      sourceIds: [...new Set(record.points.flatMap((p) => [p.sourceId, ...(p.alternatives ?? []).map((a) => a.sourceId)]))],
    })),
  );
  const facts: Fact[] = domains.flatMap((domain) => domain.facts);
  return { domains, indicators, indicatorsById: new Map(indicators.map((i) => [i.id, i])), facts, sources, years: yearBounds(indicators) };
}

export type Dataset = ReturnType<typeof buildDataset>;

/** The English dataset, the source text every translation follows. */
export const dataset = buildDataset(englishDomains, englishSources);

const localized = new Map<Language, Dataset>();

/** The dataset with its texts in `language`, built on first use and kept. */
export function datasetIn(language: Language): Dataset {
  if (language === 'en') return dataset;
  let built = localized.get(language);
  if (!built) {
    const strings = translationsFor(language);
    built = buildDataset(localizeDomains(englishDomains, strings), localizeSources(englishSources, strings));
    localized.set(language, built);
  }
  return built;
}
