// The package's tables and their columns (docs/data-package.md). The reader checks cells against
// these, and the writer turns them into each resource's Table Schema, so the two cannot drift.
import { FACT_KINDS, QUALIFIERS } from '../api/contract';

export type ColumnType = 'string' | 'number' | 'integer' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** The column must be in the file. */
  present?: boolean;
  /** Every row must give a value. */
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  /** How a value that breaks the pattern should look, for the problem message. */
  example?: string;
}

export interface Table {
  name: TableName;
  /** The file a package written by us uses; a package of someone else names its own. */
  path: string;
  title: string;
  columns: readonly Column[];
  primaryKey?: readonly string[];
  foreignKeys?: readonly { fields: string; resource: TableName; reference: string }[];
}

export const TABLE_NAMES = ['observations', 'indicators', 'sources', 'facts', 'panels', 'entities', 'translations'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const ID = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$';
const INDICATOR_ID = '^[a-z0-9_]{1,80}$';
const PANEL_ID = '^[a-z0-9][a-z0-9_-]{0,39}$';
export const PERIOD_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2]))?$';
const DATE = '^\\d{4}(-\\d{2}){0,2}$';
const BREAK = '([A-Za-z0-9][A-Za-z0-9_.-]{0,79}:)?\\d{4}(-(0[1-9]|1[0-2]))?';
export const STATUSES = ['reported', 'estimated'] as const;

export const TABLES: Record<TableName, Table> = {
  observations: {
    name: 'observations',
    path: 'observations.csv',
    title: 'Observations: one row per published figure',
    columns: [
      { name: 'indicator', type: 'string', present: true, required: true, pattern: INDICATOR_ID, example: 'lower case letters, digits and _, e.g. gdp_growth', description: 'The indicator (indicators.id).' },
      { name: 'entity', type: 'string', pattern: ID, example: 'e.g. chongqing', description: 'The region (entities.id); empty or absent: the main entity.' },
      { name: 'period', type: 'string', present: true, required: true, pattern: PERIOD_PATTERN, example: 'a year (2024) or a month (2024-06)', description: 'A year, YYYY, or a month, YYYY-MM.' },
      { name: 'value', type: 'number', present: true, description: 'The figure, in the indicator\'s unit. Empty: known to be missing (a gap, never filled).' },
      { name: 'status', type: 'string', enum: STATUSES, description: 'reported (empty means reported) or estimated.' },
      { name: 'qualifier', type: 'string', enum: QUALIFIERS, description: 'What the source says beyond the number: a bound, an approximation, preliminary or revised, or the months of a part of a year.' },
      { name: 'source', type: 'string', present: true, required: true, description: 'The publication the figure was read in (sources.id).' },
      { name: 'note', type: 'string', description: 'The quote the figure comes from, and any caveat.' },
      { name: 'alternative', type: 'boolean', description: 'true: another published figure for the same indicator, entity and period as the headline row before it.' },
    ],
    foreignKeys: [
      { fields: 'indicator', resource: 'indicators', reference: 'id' },
      { fields: 'entity', resource: 'entities', reference: 'id' },
      { fields: 'source', resource: 'sources', reference: 'id' },
    ],
  },
  indicators: {
    name: 'indicators',
    path: 'indicators.csv',
    title: 'Indicators',
    columns: [
      { name: 'id', type: 'string', present: true, required: true, pattern: INDICATOR_ID, example: 'lower case letters, digits and _, e.g. gdp_growth', description: 'Identifier used by observations.indicator.' },
      { name: 'panel', type: 'string', pattern: PANEL_ID, example: 'lower case letters, digits, _ and -, e.g. economy', description: 'The panel that shows it (panels.id); empty: the first panel.' },
      { name: 'title', type: 'string', present: true, required: true, description: 'Short title, e.g. "GDP".' },
      { name: 'unit', type: 'string', description: 'One of the app\'s unit ids (yuan_100m, yuan, usd, vehicles_10k, units_10k, pieces_100m, persons_10k, percent, firms) or any unit written out, e.g. "tonnes".' },
      { name: 'short_unit', type: 'string', description: 'The unit as written beside a number, e.g. "t".' },
      { name: 'description', type: 'string', description: 'What it measures, and its caveats.' },
      { name: 'description_processing', type: 'string', description: 'How the figures were processed before publication here, if they were.' },
      { name: 'decimals', type: 'integer', pattern: '^[0-6]$', example: 'a whole number from 0 to 6', description: 'Decimals to show.' },
      { name: 'featured', type: 'boolean', description: 'true: drawn when the reader has not chosen indicators.' },
      { name: 'prices', type: 'string', enum: ['nominal', 'real'], description: 'For money: nominal (at current prices) or real (at comparable prices, after inflation). A growth rate computed from nominal values is labelled nominal.' },
      { name: 'breaks', type: 'string', pattern: `^${BREAK}( ${BREAK})*$`, example: 'periods separated by spaces, each for every entity (2020) or for one (chongqing:2022)', description: 'Periods before which the definition changes, separated by spaces: "2020" for every entity, "chongqing:2022" for one. Nothing computed spans them.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'panel', resource: 'panels', reference: 'id' }],
  },
  sources: {
    name: 'sources',
    path: 'sources.csv',
    title: 'Sources: every publication a figure was read in',
    columns: [
      { name: 'id', type: 'string', present: true, required: true, description: 'Identifier used by the source columns.' },
      { name: 'title', type: 'string', present: true, required: true, description: 'The publication\'s title.' },
      { name: 'producer', type: 'string', description: 'Who published it.' },
      { name: 'date_published', type: 'string', pattern: DATE, example: 'YYYY, YYYY-MM or YYYY-MM-DD', description: 'Publication date as shown; empty when not shown.' },
      { name: 'url_main', type: 'string', pattern: '^https?://', example: 'an address starting with http:// or https://', description: 'The address it was read at.' },
      { name: 'grade', type: 'string', present: true, required: true, enum: ['A', 'B', 'C'], description: 'A official, B official media, C third party.' },
      { name: 'quote', type: 'string', description: 'The words the figures come from.' },
      { name: 'description', type: 'string', description: 'Caveats: a mirror, an inferred date...' },
    ],
    primaryKey: ['id'],
  },
  facts: {
    name: 'facts',
    path: 'facts.csv',
    title: 'Facts: dated statements with their source',
    columns: [
      { name: 'id', type: 'string', present: true, required: true, pattern: ID, example: 'letters, digits, _, . and -', description: 'Identifier.' },
      { name: 'panel', type: 'string', pattern: PANEL_ID, example: 'lower case letters, digits, _ and -', description: 'The panel that shows it; empty: the first panel.' },
      { name: 'kind', type: 'string', enum: FACT_KINDS, description: 'ranking, share, milestone (drawn on charts when dated), company, capacity, policy or statistic.' },
      { name: 'text', type: 'string', present: true, required: true, description: 'The statement.' },
      { name: 'label', type: 'string', description: 'A short label for a milestone on a chart (at most 40 characters).' },
      { name: 'indicator', type: 'string', pattern: INDICATOR_ID, example: 'lower case letters, digits and _, e.g. gdp_growth', description: 'The indicator it concerns (indicators.id): a milestone is drawn only on charts of that indicator; empty: on every chart of its panel.' },
      { name: 'company', type: 'string', description: 'The company or organisation it is about.' },
      { name: 'entity', type: 'string', description: 'The region (entities.id); empty: the main entity.' },
      { name: 'date', type: 'string', pattern: DATE, example: 'YYYY, YYYY-MM or YYYY-MM-DD', description: 'When it happened.' },
      { name: 'period', type: 'string', pattern: '^\\d{4}-\\d{4}$', example: 'two years, e.g. 2021-2024', description: 'The years a figure spans, when it is not one date.' },
      { name: 'status', type: 'string', enum: STATUSES, description: 'estimated when the source calls the figure expected or estimated.' },
      { name: 'value', type: 'number', description: 'The headline number, if any.' },
      { name: 'unit', type: 'string', description: 'Its unit: a unit id or words.' },
      { name: 'qualifier', type: 'string', enum: QUALIFIERS, description: 'As for observations.' },
      { name: 'source', type: 'string', present: true, required: true, description: 'sources.id' },
    ],
    primaryKey: ['id'],
    foreignKeys: [
      { fields: 'panel', resource: 'panels', reference: 'id' },
      { fields: 'source', resource: 'sources', reference: 'id' },
      { fields: 'indicator', resource: 'indicators', reference: 'id' },
    ],
  },
  panels: {
    name: 'panels',
    path: 'panels.csv',
    title: 'Panels, in the order shown',
    columns: [
      { name: 'id', type: 'string', present: true, required: true, pattern: PANEL_ID, example: 'lower case letters, digits, _ and -, e.g. economy', description: 'Identifier.' },
      { name: 'title', type: 'string', present: true, required: true, description: 'Title.' },
      { name: 'summary', type: 'string', description: 'One sentence under the title.' },
      { name: 'order', type: 'integer', description: 'Position (smallest first); empty: the row order.' },
    ],
    primaryKey: ['id'],
  },
  entities: {
    name: 'entities',
    path: 'entities.csv',
    title: 'Entities: the regions the figures are for; the first is the main one',
    columns: [
      { name: 'id', type: 'string', present: true, required: true, pattern: ID, example: 'letters, digits, _, . and -, e.g. chongqing', description: 'Identifier.' },
      { name: 'name', type: 'string', present: true, required: true, description: 'Name.' },
      { name: 'kind', type: 'string', enum: ['city', 'province', 'country'], description: 'city, province or country.' },
    ],
    primaryKey: ['id'],
  },
  translations: {
    name: 'translations',
    path: 'translations.csv',
    title: 'Translations of the texts into French and Chinese',
    columns: [
      { name: 'key', type: 'string', present: true, required: true, description: 'What is translated, e.g. indicator.gdp.title (docs/data-package.md lists the keys).' },
      { name: 'language', type: 'string', present: true, required: true, enum: ['fr', 'zh'], description: 'fr or zh.' },
      { name: 'text', type: 'string', present: true, required: true, description: 'The translation.' },
    ],
    primaryKey: ['key', 'language'],
  },
};
