// The README of a chart's data bundle: the metadata in sentences, in the reader's language, for
// the person who opens the folder. As Our World in Data's chart downloads have it: what the
// chart is and where to see it live, the filters, how the values were computed, the sources with
// their addresses, what each file holds, and how to cite it.
import type { Source } from '../api/contract';
import type { ChartBundleInput } from './chart-metadata';
import { chartRegions } from './chart-metadata';
import { unitName } from './csv';

// Markdown would read these as formatting in a title or a publisher's name.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function sourceLines(source: Source, input: ChartBundleInput): string[] {
  const { labels } = input;
  const date = source.date ? labels.date(source.date) : labels.readme.undated;
  const lines = [`- ${labels.readme.sourceLine(`**${escapeMarkdown(source.publisher)}**`, escapeMarkdown(source.title), date)}`];
  if (source.url) lines.push(`  <${source.url}>`);
  lines.push(`  ${labels.readme.gradeLine(labels.grade(source.reliability))}`);
  if (source.note) lines.push(`  ${escapeMarkdown(source.note)}`);
  return lines;
}

export function buildChartReadme(input: ChartBundleInput, files: { csv: string; metadata: string }): string {
  const { view, labels, format } = input;
  const { readme } = labels;
  const regions = chartRegions(view);
  const asPublished = view.mode === 'absolute' ? [] : view.series.filter((s) => !s.isModeApplied).map((s) => s.label);
  const lines = [
    `# ${escapeMarkdown(view.title)}`,
    '',
    readme.intro,
    '',
    ...(readme.liveView === undefined ? [] : [readme.liveView, '']),
    `## ${readme.heading('filters')}`,
    '',
    `- ${readme.years}`,
    `- ${readme.values}`,
    ...(regions.length > 0 ? [`- ${readme.regions(regions.join(', '))}`] : []),
    '',
    `## ${readme.heading('computation')}`,
    '',
    labels.computation,
    ...(asPublished.length > 0 ? ['', readme.asPublished(asPublished.join(', '))] : []),
    ...labels.notes.flatMap((note) => ['', note]),
    '',
    readme.honesty,
    '',
    `## ${readme.heading('series')}`,
    '',
    ...view.series.map((s) => `- ${readme.seriesLine(escapeMarkdown(s.label), unitName(s, format), `\`${s.indicatorId}\``)}`),
    '',
    `## ${readme.heading('sources')}`,
    '',
    ...input.sources.flatMap((source) => sourceLines(source, input)),
    '',
    `## ${readme.heading('files')}`,
    '',
    `- ${readme.csvFile(`\`${files.csv}\``)}`,
    `- ${readme.metadataFile(`\`${files.metadata}\``)}`,
    '',
    `## ${readme.heading('cite')}`,
    '',
    readme.citation([...new Set(input.sources.map((s) => s.publisher))]),
    '',
  ];
  return lines.join('\n');
}
