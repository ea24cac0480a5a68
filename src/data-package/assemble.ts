// The package's records from its checked rows: a table left out gets the defaults
// docs/data-package.md names, and every reference between tables is checked.
import type { DataPackage, PackageEntity, PackageFact, PackageIndicator, PackageObservation, PackagePanel, PackageSource, Translated } from './package-data';
import type { Problems } from './problems';
import type { Row } from './read-table';
import type { TableName } from './tables';
import { translatableTexts } from './translation-keys';

const str = (cells: Row['cells'], name: string) => {
  const value = cells[name];
  return typeof value === 'string' ? value : undefined;
};
const num = (cells: Row['cells'], name: string) => {
  const value = cells[name];
  return typeof value === 'number' ? value : undefined;
};

export type TableRows = Partial<Record<TableName, { file: string; rows: Row[] }>>;

/** Unique ids, or a problem for each repeat. */
function checkUnique(table: { file: string; rows: Row[] } | undefined, key: (row: Row) => string, column: string, problems: Problems) {
  const seen = new Map<string, number>();
  for (const row of table?.rows ?? []) {
    const id = key(row);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, row.line);
    else problems.add({ file: table?.file ?? '', row: row.line, column, message: `"${id}" repeats row ${first}; expected each only once` });
  }
}

export function assemble(meta: Pick<DataPackage, 'name' | 'title' | 'version' | 'description'>, tables: TableRows, problems: Problems): DataPackage {
  for (const name of ['indicators', 'sources', 'facts', 'panels', 'entities'] as const) checkUnique(tables[name], (row) => str(row.cells, 'id') ?? '', 'id', problems);
  checkUnique(tables.translations, (row) => `${str(row.cells, 'key')} (${str(row.cells, 'language')})`, 'key', problems);

  const observationRows = tables.observations?.rows ?? [];
  const entities: PackageEntity[] = tables.entities
    ? tables.entities.rows.map(({ cells }) => ({ id: str(cells, 'id') ?? '', name: str(cells, 'name') ?? '', kind: str(cells, 'kind') as PackageEntity['kind'] }))
    : [...new Set(observationRows.map(({ cells }) => str(cells, 'entity') ?? 'main'))].map((id) => ({ id, name: id === 'main' ? meta.title : id }));
  const mainEntity = entities[0]?.id ?? 'main';
  if (entities.length === 0) entities.push({ id: mainEntity, name: meta.title });

  const indicatorPanels = (tables.indicators?.rows ?? []).map(({ cells }) => str(cells, 'panel'));
  const panels: PackagePanel[] = tables.panels
    ? tables.panels.rows.map(({ cells }, index) => ({ id: str(cells, 'id') ?? '', title: str(cells, 'title') ?? '', summary: str(cells, 'summary') ?? '', order: num(cells, 'order') ?? index + 1 }))
    : [...new Set(indicatorPanels.map((panel) => panel ?? 'data'))].map((id, index) => ({ id, title: id === 'data' ? meta.title : id, summary: '', order: index + 1 }));
  if (panels.length === 0) panels.push({ id: 'data', title: meta.title, summary: '', order: 1 });
  panels.sort((a, b) => a.order - b.order);
  const firstPanel = panels[0]?.id ?? 'data';

  const indicators: PackageIndicator[] = tables.indicators
    ? tables.indicators.rows.map(({ cells }) => ({
        id: str(cells, 'id') ?? '',
        panel: str(cells, 'panel') ?? firstPanel,
        title: str(cells, 'title') ?? '',
        unit: str(cells, 'unit') ?? '',
        shortUnit: str(cells, 'short_unit'),
        description: str(cells, 'description') ?? '',
        descriptionProcessing: str(cells, 'description_processing'),
        decimals: num(cells, 'decimals'),
        featured: cells.featured === true,
        prices: str(cells, 'prices') as PackageIndicator['prices'],
        breaks: str(cells, 'breaks')?.split(' ') ?? [],
      }))
    : [...new Set(observationRows.map(({ cells }) => str(cells, 'indicator') ?? ''))].map((id) => ({ id, panel: firstPanel, title: id, unit: '', description: '', featured: false, breaks: [] }));

  const sources: PackageSource[] = tables.sources
    ? tables.sources.rows.map(({ cells }) => ({
        id: str(cells, 'id') ?? '',
        title: str(cells, 'title') ?? '',
        producer: str(cells, 'producer') ?? '',
        datePublished: str(cells, 'date_published') ?? null,
        url: str(cells, 'url_main'),
        grade: (str(cells, 'grade') ?? 'C') as PackageSource['grade'],
        quote: str(cells, 'quote'),
        description: str(cells, 'description'),
      }))
    : [...new Set(observationRows.map(({ cells }) => str(cells, 'source') ?? ''))].map((id) => ({
        id,
        title: id,
        producer: '',
        datePublished: null,
        grade: 'C' as const,
        description: 'Named in the data file without a grade; graded C (third party) until a sources table grades it.',
      }));

  const observations = readObservations(tables.observations, mainEntity, problems);
  const facts: PackageFact[] = (tables.facts?.rows ?? []).map(({ cells }) => ({
    id: str(cells, 'id') ?? '',
    panel: str(cells, 'panel') ?? firstPanel,
    kind: (str(cells, 'kind') ?? 'statistic') as PackageFact['kind'],
    text: str(cells, 'text') ?? '',
    label: str(cells, 'label'),
    indicator: str(cells, 'indicator'),
    company: str(cells, 'company'),
    entity: str(cells, 'entity'),
    date: str(cells, 'date'),
    period: str(cells, 'period'),
    status: str(cells, 'status') as PackageFact['status'],
    value: num(cells, 'value'),
    unit: str(cells, 'unit'),
    qualifier: str(cells, 'qualifier') as PackageFact['qualifier'],
    source: str(cells, 'source') ?? '',
  }));
  const translations: Record<Translated, Record<string, string>> = { fr: {}, zh: {} };
  for (const { cells } of tables.translations?.rows ?? []) {
    translations[str(cells, 'language') as Translated][str(cells, 'key') ?? ''] = str(cells, 'text') ?? '';
  }

  const data: DataPackage = { ...meta, panels, entities, indicators, observations, facts, sources, translations };
  checkReferences(data, tables, problems);
  return data;
}

/** Each indicator's, entity's and period's headline row, found without building a key per row. */
function headlineRows() {
  const byIndicator = new Map<string, Map<string, Map<string, number>>>();
  return (observation: PackageObservation, line: number): number | undefined => {
    let byEntity = byIndicator.get(observation.indicator);
    if (!byEntity) byIndicator.set(observation.indicator, (byEntity = new Map()));
    let byPeriod = byEntity.get(observation.entity);
    if (!byPeriod) byEntity.set(observation.entity, (byPeriod = new Map()));
    const first = byPeriod.get(observation.period);
    if (first === undefined) byPeriod.set(observation.period, line);
    return first;
  };
}

function readObservations(table: TableRows['observations'], mainEntity: string, problems: Problems): PackageObservation[] {
  const observations: PackageObservation[] = [];
  const firstHeadline = headlineRows();
  let previous: PackageObservation | undefined;
  const file = table?.file ?? '';
  for (const { line, cells } of table?.rows ?? []) {
    const observation: PackageObservation = {
      indicator: str(cells, 'indicator') ?? '',
      entity: str(cells, 'entity') ?? mainEntity,
      period: str(cells, 'period') ?? '',
      value: num(cells, 'value') ?? null,
      status: str(cells, 'status') as PackageObservation['status'],
      qualifier: str(cells, 'qualifier') as PackageObservation['qualifier'],
      source: str(cells, 'source') ?? '',
      note: str(cells, 'note'),
      alternative: cells.alternative === true,
    };
    if (observation.alternative) {
      const isAfterHeadline = previous !== undefined && previous.indicator === observation.indicator && previous.entity === observation.entity && previous.period === observation.period;
      if (!isAfterHeadline) problems.add({ file, row: line, column: 'alternative', message: 'an alternative figure must follow the headline row of the same indicator, entity and period' });
      else if (observation.value === null) problems.add({ file, row: line, column: 'value', message: 'expected a number: an alternative figure cannot be a gap' });
    } else {
      const first = firstHeadline(observation, line);
      if (first !== undefined) problems.add({ file, row: line, column: 'period', message: `a second headline figure for ${observation.indicator}, ${observation.entity}, ${observation.period} (first in row ${first}); expected alternative=true on the other figures` });
      previous = observation;
    }
    observations.push(observation);
  }
  return observations;
}

function checkReferences(data: DataPackage, tables: TableRows, problems: Problems) {
  const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const known = { indicators: ids(data.indicators), entities: ids(data.entities), sources: ids(data.sources), panels: ids(data.panels) };
  const check = (table: TableName, line: number, column: string, value: string | undefined, against: keyof typeof known) => {
    if (value !== undefined && !known[against].has(value)) {
      problems.add({ file: tables[table]?.file ?? '', row: line, column, message: `"${value}" is not in ${against}; expected one of its ids` });
    }
  };
  const observationLines = tables.observations?.rows ?? [];
  const periodKind = new Map<string, { monthly: boolean; line: number }>();
  data.observations.forEach((observation, index) => {
    const line = observationLines[index]?.line ?? 0;
    check('observations', line, 'indicator', observation.indicator, 'indicators');
    check('observations', line, 'entity', observation.entity, 'entities');
    check('observations', line, 'source', observation.source, 'sources');
    const monthly = observation.period.length > 4;
    const first = periodKind.get(observation.indicator);
    if (!first) periodKind.set(observation.indicator, { monthly, line });
    else if (first.monthly !== monthly) {
      problems.add({ file: tables.observations?.file ?? '', row: line, column: 'period', message: `${observation.indicator} mixes years and months (row ${first.line} is ${first.monthly ? 'a month' : 'a year'}); expected one kind per indicator` });
    }
  });
  (tables.indicators?.rows ?? []).forEach(({ line }, index) => check('indicators', line, 'panel', data.indicators[index]?.panel, 'panels'));
  (tables.facts?.rows ?? []).forEach(({ line }, index) => {
    const fact = data.facts[index];
    check('facts', line, 'panel', fact?.panel, 'panels');
    check('facts', line, 'source', fact?.source, 'sources');
    check('facts', line, 'entity', fact?.entity, 'entities');
    check('facts', line, 'indicator', fact?.indicator, 'indicators');
    if (fact?.label !== undefined && fact.label.length > 40) problems.add({ file: tables.facts?.file ?? '', row: line, column: 'label', message: `expected at most 40 characters; got ${fact.label.length}` });
  });
  const translationRows = tables.translations?.rows ?? [];
  const texts = translationRows.length > 0 ? translatableTexts(data) : new Map<string, string>();
  for (const { line, cells } of translationRows) {
    const key = str(cells, 'key') ?? '';
    if (!texts.has(key)) problems.add({ file: tables.translations?.file ?? '', row: line, column: 'key', message: `"${key}" names no text of the package; expected a key such as indicator.<id>.title (docs/data-package.md lists them)` });
  }
  const withFigures = new Set(data.observations.map((observation) => observation.indicator));
  (tables.indicators?.rows ?? []).forEach(({ line }, index) => {
    const indicator = data.indicators[index];
    if (indicator && !withFigures.has(indicator.id)) problems.add({ file: tables.indicators?.file ?? '', row: line, column: 'id', message: `no observation has indicator "${indicator.id}"; expected at least one figure` });
  });
}
