// A data package as the API serves it, in each language: panels with their indicators (points by
// entity) and facts, and the sources. An indicator's sourceIds are the sources its points cite, so
// a record cannot claim a source none of its numbers uses.
import { isKnownUnit, type DatasetInfo, type DomainId, type Fact, type Indicator, type Language, type Point, type Source, type YearBounds } from '../../src/api/contract';
import type { DataPackage, PackageObservation, Translated } from '../../src/data-package/package-data';
import { LazyMap } from './lazy-map';

export interface DatasetIndicator extends Indicator {
  /** Points by entity id, in period order. */
  pointsByEntity: ReadonlyMap<string, Point[]>;
}

export interface DatasetDomain {
  id: DomainId;
  title: string;
  summary: string;
}

export interface Dataset {
  name: string;
  domains: DatasetDomain[];
  mainEntity: string;
  entities: { id: string; name: string; kind?: 'city' | 'province' | 'country' }[];
  indicators: DatasetIndicator[];
  indicatorsById: ReadonlyMap<string, DatasetIndicator>;
  facts: Fact[];
  sources: Source[];
  years: YearBounds;
}

export type DatasetIn = (language: Language) => Dataset;

const definedOnly = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

/** A series' points, in period order; an alternative figure joins the headline point before it. */
function pointsOf(observations: readonly PackageObservation[], breaks: ReadonlySet<string>, note: (observation: PackageObservation, alternative?: number) => string | undefined): Point[] {
  const points: Point[] = [];
  for (const observation of observations) {
    const last = points[points.length - 1];
    if (observation.alternative && last) {
      const alternatives = (last.alternatives ??= []);
      alternatives.push(definedOnly({ value: observation.value ?? 0, qualifier: observation.qualifier, sourceId: observation.source, note: note(observation, alternatives.length) }));
      continue;
    }
    // Written out rather than definedOnly: a package can have a million of these.
    const point = { period: observation.period, value: observation.value, status: observation.status ?? 'reported' } as Point;
    if (observation.qualifier !== undefined) point.qualifier = observation.qualifier;
    point.sourceId = observation.source;
    const text = note(observation);
    if (text !== undefined) point.note = text;
    if (breaks.has(observation.period)) point.breakBefore = true;
    points.push(point);
  }
  return points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The observations by indicator and entity, and the sources each indicator's figures cite: the same in every language. */
function groupObservations(observations: readonly PackageObservation[]) {
  const byIndicator = new Map<string, Map<string, PackageObservation[]>>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const observation of observations) {
    let byEntity = byIndicator.get(observation.indicator);
    if (!byEntity) byIndicator.set(observation.indicator, (byEntity = new Map()));
    let list = byEntity.get(observation.entity);
    if (!list) byEntity.set(observation.entity, (list = []));
    list.push(observation);
    let sources = sourcesOf.get(observation.indicator);
    if (!sources) sourcesOf.set(observation.indicator, (sources = new Set()));
    sources.add(observation.source);
  }
  return { byIndicator, sourcesOf };
}

type Grouped = ReturnType<typeof groupObservations>;

function yearBounds(observations: PackageObservation[]): YearBounds {
  let min = Infinity;
  let max = -Infinity;
  for (const { period } of observations) {
    const year = Number(period.slice(0, 4));
    if (year < min) min = year;
    if (year > max) max = year;
  }
  return { min, max };
}

/** The package's texts in `language`: a text without a translation stays in English. */
function buildDataset(pkg: DataPackage, language: Language, { byIndicator, sourcesOf }: Grouped, years: YearBounds): Dataset {
  const strings: Readonly<Record<string, string>> = language === 'en' ? {} : pkg.translations[language as Translated];
  const tr = (key: string, english: string) => strings[key] ?? english;
  const trOptional = (key: string, english: string | undefined) => (english === undefined ? undefined : tr(key, english));
  const panelOrder = new Map(pkg.panels.map((panel, index) => [panel.id, index]));
  const indicators: DatasetIndicator[] = pkg.indicators
    .map((indicator, index) => ({ indicator, index }))
    .sort((a, b) => (panelOrder.get(a.indicator.panel) ?? 0) - (panelOrder.get(b.indicator.panel) ?? 0) || a.index - b.index)
    .map(({ indicator }) => {
      // A break is for every entity ("2020") or for one ("chongqing:2022").
      const breaksOf = (entity: string) => new Set(indicator.breaks.flatMap((token) => (!token.includes(':') ? [token] : token.startsWith(`${entity}:`) ? [token.slice(entity.length + 1)] : [])));
      const key = (observation: PackageObservation, alternative?: number) =>
        `observation.${indicator.id}.${observation.entity}.${observation.period}.${alternative === undefined ? '' : `alt${alternative}.`}note`;
      const observationsByEntity = byIndicator.get(indicator.id) ?? new Map<string, PackageObservation[]>();
      const pointsByEntity = new LazyMap(observationsByEntity, (entity) =>
        pointsOf(observationsByEntity.get(entity) ?? [], breaksOf(entity), (observation, alternative) => trOptional(key(observation, alternative), observation.note)),
      );
      // The sources its figures cite (a headline's and its alternatives'), in the order first cited.
      const sourceIds = sourcesOf.get(indicator.id) ?? new Set<string>();
      return definedOnly({
        id: indicator.id,
        // The contract's panel ids are checked by its schema; a package's are checked when it is read.
        domain: indicator.panel as DomainId,
        title: tr(`indicator.${indicator.id}.title`, indicator.title),
        // A unit id is the app's to write in each language; a unit written out is the package's.
        unit: isKnownUnit(indicator.unit) ? indicator.unit : tr(`indicator.${indicator.id}.unit`, indicator.unit),
        shortUnit: trOptional(`indicator.${indicator.id}.short_unit`, indicator.shortUnit),
        decimals: indicator.decimals,
        description: tr(`indicator.${indicator.id}.description`, indicator.description),
        sourceIds: [...sourceIds],
        isFeatured: indicator.featured ? true : undefined,
        prices: indicator.prices,
        pointsByEntity,
      });
    });
  const facts: Fact[] = pkg.facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => (panelOrder.get(a.fact.panel) ?? 0) - (panelOrder.get(b.fact.panel) ?? 0) || a.index - b.index)
    .map(({ fact }) =>
      definedOnly({
        id: fact.id,
        domain: fact.panel as DomainId,
        kind: fact.kind,
        text: tr(`fact.${fact.id}.text`, fact.text),
        label: trOptional(`fact.${fact.id}.label`, fact.label),
        indicatorId: fact.indicator,
        entity: fact.company,
        entityName: language === 'en' || fact.company === undefined ? undefined : tr(`company.${fact.company}`, fact.company),
        date: fact.date,
        period: fact.period,
        status: fact.status,
        value: fact.value,
        unit: trOptional(`fact.${fact.id}.unit`, fact.unit),
        qualifier: fact.qualifier,
        sourceId: fact.source,
      }),
    );
  const sources: Source[] = pkg.sources.map((source) =>
    definedOnly({
      id: source.id,
      title: tr(`source.${source.id}.title`, source.title),
      publisher: tr(`source.${source.id}.producer`, source.producer),
      date: source.datePublished,
      url: source.url,
      reliability: source.grade,
      note: trOptional(`source.${source.id}.description`, source.description),
    }),
  );
  return {
    name: pkg.name,
    domains: pkg.panels.map((panel) => ({ id: panel.id as DomainId, title: tr(`panel.${panel.id}.title`, panel.title), summary: tr(`panel.${panel.id}.summary`, panel.summary) })),
    mainEntity: pkg.entities[0]?.id ?? 'main',
    entities: pkg.entities.map((entity) => definedOnly({ ...entity, name: tr(`entity.${entity.id}.name`, entity.name) })),
    indicators,
    indicatorsById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    facts,
    sources,
    years,
  };
}

/** The package's dataset in each language, built on first use and kept. */
export function datasetsOf(pkg: DataPackage): DatasetIn {
  const built = new Map<Language, Dataset>();
  let grouped: { observations: Grouped; years: YearBounds } | undefined;
  return (language) => {
    let dataset = built.get(language);
    grouped ??= { observations: groupObservations(pkg.observations), years: yearBounds(pkg.observations) };
    if (!dataset) built.set(language, (dataset = buildDataset(pkg, language, grouped.observations, grouped.years)));
    return dataset;
  };
}

/** How `/datasets` lists a package served from memory: nothing was imported, so no checksum or import time. */
export const datasetInfoOf = (pkg: DataPackage): DatasetInfo =>
  definedOnly({ name: pkg.name, title: pkg.title, version: pkg.version, observations: pkg.observations.length, isDefault: true });
