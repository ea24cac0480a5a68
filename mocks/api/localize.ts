// The dataset in one language: the English records' texts swapped for their translations
// (keys: mocks/data/dataset-strings.ts). Numbers, ids and units are untouched.
import type { Fact, Language, Source } from '../../src/api/contract';
import { datasetKeys, isTranslatablePublisher, isWordUnit } from '../data/dataset-strings';
import fr from '../data/translations/fr.json';
import zh from '../data/translations/zh.json';
import type { DomainData } from '../data/types';

export type Translations = Readonly<Record<string, string>>;

const TRANSLATIONS: Record<Exclude<Language, 'en'>, Translations> = { fr, zh };

export function localizeDomains(domains: DomainData[], strings: Translations): DomainData[] {
  // A key without a translation keeps the English text; a test keeps the files complete.
  const tr = (key: string, english: string) => strings[key] ?? english;
  const trOptional = (key: string, english: string | undefined) => (english === undefined ? undefined : tr(key, english));
  return domains.map((domain) => ({
    ...domain,
    title: tr(datasetKeys.domainTitle(domain.id), domain.title),
    summary: tr(datasetKeys.domainSummary(domain.id), domain.summary),
    indicators: domain.indicators.map((indicator) => ({
      ...indicator,
      title: tr(datasetKeys.indicatorTitle(indicator.id), indicator.title),
      description: tr(datasetKeys.indicatorDescription(indicator.id), indicator.description),
      points: indicator.points.map((point) => ({
        ...point,
        note: trOptional(datasetKeys.pointNote(indicator.id, point.period), point.note),
        alternatives: point.alternatives?.map((alternative, index) => ({
          ...alternative,
          note: trOptional(datasetKeys.alternativeNote(indicator.id, point.period, index), alternative.note),
        })),
      })),
    })),
    facts: domain.facts.map((fact): Fact => ({
      ...fact,
      text: tr(datasetKeys.factText(fact.id), fact.text),
      label: trOptional(datasetKeys.factLabel(fact.id), fact.label),
      unit: isWordUnit(fact.unit) ? tr(datasetKeys.factUnit(fact.id), fact.unit) : fact.unit,
      entityName: fact.entity === undefined ? undefined : tr(datasetKeys.entity(fact.entity), fact.entity),
    })),
  }));
}

export function localizeSources(sources: Source[], strings: Translations): Source[] {
  return sources.map((source) => ({
    ...source,
    title: source.id === 'article' ? (strings[datasetKeys.sourceTitle(source.id)] ?? source.title) : source.title,
    publisher: isTranslatablePublisher(source.publisher) ? (strings[datasetKeys.sourcePublisher(source.id)] ?? source.publisher) : source.publisher,
    note: source.note === undefined ? undefined : (strings[datasetKeys.sourceNote(source.id)] ?? source.note),
  }));
}

export const translationsFor = (language: Exclude<Language, 'en'>): Translations => TRANSLATIONS[language];
