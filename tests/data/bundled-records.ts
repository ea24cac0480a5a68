// The bundled package as the API serves it in English, grouped by panel, for the data tests.
import { bundledDatasetIn } from '../../mocks/api/bundled';

export const dataset = bundledDatasetIn('en');

/** Every panel with its indicators (points of every entity, each tagged) and facts. */
export const domains = dataset.domains.map((domain) => ({
  ...domain,
  indicators: dataset.indicators
    .filter((indicator) => indicator.domain === domain.id)
    .map(({ pointsByEntity, ...indicator }) => ({
      ...indicator,
      points: [...pointsByEntity].flatMap(([entity, points]) => points.map((point) => ({ ...point, entity }))),
    })),
  facts: dataset.facts.filter((fact) => fact.domain === domain.id),
}));

export const sources = dataset.sources;
