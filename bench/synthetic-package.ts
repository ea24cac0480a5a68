// A synthetic data package for the scale benchmark and the browser tests: indicators × regions ×
// months of generated figures, synthetic and labelled so in its title, its source, its panels and
// every indicator. Deterministic (a seeded generator): the same options give the same bytes.
import type { DataPackage, PackageIndicator } from '../src/data-package/package-data';
import { TABLES } from '../src/data-package/tables';
import { writePackage } from '../src/data-package/write-package';
import { seededRandom } from './seeded-random';

export const SYNTHETIC_LABEL = 'synthetic, not real data';
const SOURCE_ID = 'SYNTHETIC';
const PANELS = ['macro', 'nev', 'electronics', 'materials'];
// Each panel's first indicators share a unit, so its featured chart draws them on one axis.
const UNITS = ['yuan_100m', 'vehicles_10k', 'units_10k', 'percent', 'persons_10k'];

export interface SyntheticOptions {
  indicators: number;
  entities: number;
  months: number;
  /** Shown as the package's title, after the label. */
  title?: string;
}

/** 100 indicators × 20 regions × 500 months: the million observations of the scale benchmark. */
export const MILLION: SyntheticOptions = { indicators: 100, entities: 20, months: 500 };

/** The last `count` months up to 2025-12, oldest first. */
function monthsUpTo2025(count: number): string[] {
  const list: string[] = [];
  for (let index = count - 1; index >= 0; index--) {
    const total = 2025 * 12 + 11 - index;
    list.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return list;
}

function indicatorsOf({ indicators: indicatorCount }: SyntheticOptions): PackageIndicator[] {
  const perPanel = Math.ceil(indicatorCount / PANELS.length);
  return Array.from({ length: indicatorCount }, (_, n) => {
    const panelIndex = Math.floor(n / perPanel);
    const index = n % perPanel;
    const panel = PANELS[panelIndex] ?? 'macro';
    const unit = index < 4 ? UNITS[panelIndex % UNITS.length] : UNITS[index % UNITS.length];
    return {
      id: `syn_${panel}_${String(index + 1).padStart(3, '0')}`,
      panel,
      title: `Synthetic ${panel} series ${index + 1}`,
      unit: unit ?? 'yuan_100m',
      description: `Random walk with a seasonal cycle (${SYNTHETIC_LABEL}).`,
      featured: index < 2,
      breaks: [],
    };
  });
}

/** The package's small tables; observations are written row by row (see below). */
function descriptorAndTables(indicators: PackageIndicator[], { entities: entityCount, months: monthCount, title }: SyntheticOptions): Map<string, string> {
  const pkg: DataPackage = {
    name: 'synthetic-benchmark',
    title: `${title ?? 'Scale benchmark'} (${SYNTHETIC_LABEL})`,
    version: '1.0.0',
    description: `${indicators.length * entityCount * monthCount} generated observations for the scale benchmark (bench/generate-package.ts): ${SYNTHETIC_LABEL}.`,
    panels: PANELS.map((id, index) => ({ id, title: `${id} (${SYNTHETIC_LABEL})`, summary: `Generated monthly series (${SYNTHETIC_LABEL}).`, order: index + 1 })),
    entities: Array.from({ length: entityCount }, (_, index) => ({ id: `region-${String(index + 1).padStart(2, '0')}`, name: `Synthetic region ${index + 1}` })),
    indicators,
    observations: [],
    facts: [],
    sources: [{ id: SOURCE_ID, title: `Benchmark generator (${SYNTHETIC_LABEL})`, producer: `bench/generate-package.ts (${SYNTHETIC_LABEL})`, datePublished: null, grade: 'C', description: `Every figure is generated: ${SYNTHETIC_LABEL}.` }],
    translations: { fr: {}, zh: {} },
  };
  return writePackage(pkg);
}

function observationsCsv(indicators: PackageIndicator[], { entities, months: monthCount }: SyntheticOptions): string {
  const next = seededRandom(20251207);
  const periods = monthsUpTo2025(monthCount);
  const lines = [TABLES.observations.columns.map((column) => column.name).join(',')];
  for (let entity = 1; entity <= entities; entity++) {
    const entityId = `region-${String(entity).padStart(2, '0')}`;
    for (const indicator of indicators) {
      let level = 50 + next() * 100;
      const trend = 0.002 + next() * 0.004;
      const gapStart = Math.floor(next() * periods.length);
      const gapLength = next() < 0.5 ? 0 : 1 + Math.floor(next() * 6);
      periods.forEach((period, index) => {
        level *= 1 + trend + (next() - 0.5) * 0.03;
        const season = 1 + 0.08 * Math.sin((index % 12) * (Math.PI / 6));
        const raw = indicator.unit === 'percent' ? 5 + 4 * Math.sin(index / 40) + (next() - 0.5) * 2 : level * season;
        const isGap = index >= gapStart && index < gapStart + gapLength;
        const status = index > periods.length - 4 ? 'estimated' : 'reported';
        const qualifier = index === periods.length - 1 ? 'preliminary' : '';
        lines.push(`${indicator.id},${entityId},${period},${isGap ? '' : (Math.round(raw * 100) / 100).toString()},${status},${qualifier},${SOURCE_ID},,`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The package's files by path: datapackage.json and its CSV files. */
export function syntheticPackage(options: SyntheticOptions): Map<string, string> {
  const indicators = indicatorsOf(options);
  const files = descriptorAndTables(indicators, options);
  files.set('observations.csv', observationsCsv(indicators, options));
  return files;
}
