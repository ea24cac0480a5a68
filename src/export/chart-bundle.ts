// "The data behind this chart" as one .zip: the CSV, a metadata file for programs and a README
// for people, as Our World in Data's chart downloads hold them. The files inside take the zip's
// own name, so a CSV taken out of the folder still says which chart it holds; fflate marks
// names that are not ASCII (Chinese titles) as UTF-8, which unzip tools read as such.
import { strToU8, zipSync } from 'fflate';
import { buildCsv } from './csv';
import { buildChartMetadata, type ChartBundleInput } from './chart-metadata';
import { buildChartReadme } from './chart-readme';

export interface ChartBundleFiles {
  csv: string;
  metadata: string;
  readme: string;
}

/** The bundle's files by name; `baseName` is the zip's name without ".zip". */
function chartBundleFiles(input: ChartBundleInput, baseName: string): Map<string, string> {
  const names: ChartBundleFiles = { csv: `${baseName}.csv`, metadata: `${baseName}.metadata.json`, readme: 'README.md' };
  const metadata = buildChartMetadata(input, names.csv);
  return new Map([
    [names.csv, buildCsv(input.view, input.format, input.csvLabels, input.dialect)],
    [names.metadata, `${JSON.stringify(metadata, null, 2)}\n`],
    [names.readme, buildChartReadme(input, names)],
  ]);
}

export function zipChartBundle(input: ChartBundleInput, baseName: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of chartBundleFiles(input, baseName)) entries[name] = strToU8(text);
  // Each file is dated at the export, as the metadata says.
  return zipSync(entries, { level: 6, mtime: input.exportedAt });
}
