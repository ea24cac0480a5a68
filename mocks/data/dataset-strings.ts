// Every human-readable string of the bundled dataset, under a stable key. The English dataset
// is the source text; mocks/data/translations/{fr,zh}.json hold the same keys translated, and
// a test fails when a key is missing or left over. Source titles and Chinese publishers are
// citations (a publication's own name), so they are not keyed: only our notes and the
// article's description are.
import { UNIT_IDS } from '../../src/api/contract';
import { domains, sources } from './index';

const UNIT_ID_SET: ReadonlySet<string> = new Set(UNIT_IDS);
/** Fact units that are ids the client formats itself rather than words to translate. */
const FACT_UNIT_IDS: ReadonlySet<string> = new Set([...UNIT_IDS, 'rank']);

export const datasetKeys = {
  domainTitle: (id: string) => `domain.${id}.title`,
  domainSummary: (id: string) => `domain.${id}.summary`,
  indicatorTitle: (id: string) => `indicator.${id}.title`,
  indicatorDescription: (id: string) => `indicator.${id}.description`,
  pointNote: (id: string, period: string) => `point.${id}.${period}.note`,
  alternativeNote: (id: string, period: string, index: number) => `point.${id}.${period}.alt${index}.note`,
  factText: (id: string) => `fact.${id}.text`,
  factLabel: (id: string) => `fact.${id}.label`,
  factUnit: (id: string) => `fact.${id}.unit`,
  entity: (name: string) => `entity.${name}`,
  sourceTitle: (id: string) => `source.${id}.title`,
  sourcePublisher: (id: string) => `source.${id}.publisher`,
  sourceNote: (id: string) => `source.${id}.note`,
};

/** Whether a fact's unit is a word to translate (e.g. "tonnes") rather than a unit id. */
export const isWordUnit = (unit: string | undefined): unit is string => unit !== undefined && !FACT_UNIT_IDS.has(unit) && !UNIT_ID_SET.has(unit);

/** A publisher written (partly) in a Latin script is our wording, not a Chinese proper name. */
export const isTranslatablePublisher = (publisher: string) => /[A-Za-z]{3,}/.test(publisher);

export function datasetStrings(): Record<string, string> {
  const strings: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined) strings[key] = value;
  };
  for (const domain of domains) {
    put(datasetKeys.domainTitle(domain.id), domain.title);
    put(datasetKeys.domainSummary(domain.id), domain.summary);
    for (const indicator of domain.indicators) {
      put(datasetKeys.indicatorTitle(indicator.id), indicator.title);
      put(datasetKeys.indicatorDescription(indicator.id), indicator.description);
      for (const point of indicator.points) {
        put(datasetKeys.pointNote(indicator.id, point.period), point.note);
        point.alternatives?.forEach((alternative, index) =>
          put(datasetKeys.alternativeNote(indicator.id, point.period, index), alternative.note),
        );
      }
    }
    for (const fact of domain.facts) {
      put(datasetKeys.factText(fact.id), fact.text);
      put(datasetKeys.factLabel(fact.id), fact.label);
      if (isWordUnit(fact.unit)) put(datasetKeys.factUnit(fact.id), fact.unit);
      if (fact.entity) put(datasetKeys.entity(fact.entity), fact.entity);
    }
  }
  for (const source of sources) {
    if (source.id === 'article') put(datasetKeys.sourceTitle(source.id), source.title);
    if (isTranslatablePublisher(source.publisher)) put(datasetKeys.sourcePublisher(source.id), source.publisher);
    put(datasetKeys.sourceNote(source.id), source.note);
  }
  return strings;
}
