// A data package once read and checked: the tables of docs/data-package.md as typed records.
import type { FACT_KINDS, Language, QUALIFIERS } from '../api/contract';

export type Qualifier = (typeof QUALIFIERS)[number];
export type Grade = 'A' | 'B' | 'C';
export type EntityKind = 'city' | 'province' | 'country';
export type Translated = Exclude<Language, 'en'>;

export interface PackagePanel {
  id: string;
  title: string;
  summary: string;
  order: number;
}

export interface PackageEntity {
  id: string;
  name: string;
  kind?: EntityKind;
}

export interface PackageIndicator {
  id: string;
  panel: string;
  title: string;
  unit: string;
  shortUnit?: string;
  description: string;
  descriptionProcessing?: string;
  decimals?: number;
  featured: boolean;
  /** Money at current prices (nominal) or comparable prices (real). */
  prices?: 'nominal' | 'real';
  /** Periods before which the definition changes: nothing computed spans them. */
  breaks: string[];
}

export interface PackageObservation {
  indicator: string;
  entity: string;
  period: string;
  /** null: a year known to be missing, shown as a gap. */
  value: number | null;
  status?: 'reported' | 'estimated';
  qualifier?: Qualifier;
  source: string;
  note?: string;
  /** Another published figure for the headline row before it. */
  alternative: boolean;
}

export interface PackageSource {
  id: string;
  title: string;
  producer: string;
  datePublished: string | null;
  url?: string;
  grade: Grade;
  quote?: string;
  description?: string;
}

export interface PackageFact {
  id: string;
  panel: string;
  kind: (typeof FACT_KINDS)[number];
  text: string;
  label?: string;
  /** The indicator a milestone concerns; none: every chart of its panel. */
  indicator?: string;
  company?: string;
  entity?: string;
  date?: string;
  period?: string;
  status?: 'reported' | 'estimated';
  value?: number;
  unit?: string;
  qualifier?: Qualifier;
  source: string;
}

export interface DataPackage {
  name: string;
  title: string;
  version?: string;
  description?: string;
  panels: PackagePanel[];
  /** The first is the package's main entity. */
  entities: PackageEntity[];
  indicators: PackageIndicator[];
  observations: PackageObservation[];
  facts: PackageFact[];
  sources: PackageSource[];
  translations: Record<Translated, Record<string, string>>;
}
