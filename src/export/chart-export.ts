// Everything a chart export does, in one lazily loaded module: the Export menu imports it on
// first opening, so none of this weighs on the dashboard's first load.
import type { ChartView } from '../charts/chart-types';
import type { ChartMilestone } from '../charts/trend-chart';
import type { Formatters } from '../charts/use-formatters';
import { buildChartSvg, type ChartImageLabels } from './chart-image';
import { copyPngToClipboard, type CopyResult } from './clipboard';
import type { ChartBundleInput } from './chart-metadata';
import { buildCsv, type CsvLabels } from './csv';
import { downloadBlob } from './download';
import { exportFilename } from './filename';
import { chartToPng } from './chart-png';
import { CHART_LAYOUT, SLIDE_LAYOUT, type ExportTheme } from './layout';

export { buildChartExportRequest } from './chart-export-request';

export type ChartExportKind = 'png-1x' | 'png-2x' | 'png-3x' | 'png-slide' | 'png-dark' | 'svg' | 'csv' | 'bundle' | 'copy';

export interface ChartExportRequest {
  view: ChartView;
  format: Formatters;
  sources: string[];
  imageLabels: ChartImageLabels;
  csvLabels: CsvLabels;
  /** What the data bundle adds to the CSV: the sources in full, the link, the date, its words. */
  bundle: Omit<ChartBundleInput, 'view' | 'format' | 'csvLabels'>;
  milestones?: ChartMilestone[];
  /** The reader's note or byline. */
  note?: string;
}

export type ChartExportOutcome = { kind: 'saved'; filename: string } | { kind: 'copied' } | { kind: 'copy-failed'; reason: Extract<CopyResult, { ok: false }>['reason'] };

const PIXEL_RATIO: Record<'png-1x' | 'png-2x' | 'png-3x', number> = { 'png-1x': 1, 'png-2x': 2, 'png-3x': 3 };

const imageInput = (request: ChartExportRequest) => ({
  view: request.view,
  format: request.format,
  sources: request.sources,
  labels: request.imageLabels,
  milestones: request.milestones,
  note: request.note,
});

const chartPng = (request: ChartExportRequest, layout = CHART_LAYOUT, ratio = 2, theme: ExportTheme = 'light') =>
  chartToPng({ ...imageInput(request), layout, theme }, ratio);

export async function exportChart(kind: ChartExportKind, request: ChartExportRequest): Promise<ChartExportOutcome> {
  const { view } = request;
  // Year-on-year and index exports of the same chart must not overwrite the absolute one.
  const modeSuffix = view.mode === 'absolute' ? [] : [view.mode];
  const name = (extension: string, suffix?: string) => exportFilename(view.title, view.from, view.to, extension, [...modeSuffix, suffix].filter(Boolean).join('-') || undefined);
  switch (kind) {
    case 'copy': {
      const result = await copyPngToClipboard(chartPng(request));
      return result.ok ? { kind: 'copied' } : { kind: 'copy-failed', reason: result.reason };
    }
    case 'csv': {
      const filename = name('csv');
      downloadBlob(new Blob([buildCsv(view, request.format, request.csvLabels)], { type: 'text/csv;charset=utf-8' }), filename);
      return { kind: 'saved', filename };
    }
    case 'bundle': {
      const filename = name('zip');
      const input = { ...request.bundle, view, format: request.format, csvLabels: request.csvLabels };
      // The zip writer is loaded for this item alone: no other export carries it.
      const { zipChartBundle } = await import('./chart-bundle');
      const bytes = zipChartBundle(input, filename.replace(/\.zip$/, ''));
      downloadBlob(new Blob([new Uint8Array(bytes)], { type: 'application/zip' }), filename);
      return { kind: 'saved', filename };
    }
    case 'svg': {
      const svg = await buildChartSvg({ ...imageInput(request), layout: CHART_LAYOUT });
      const filename = name('svg');
      downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), filename);
      return { kind: 'saved', filename };
    }
    case 'png-dark': {
      const filename = name('png', 'dark');
      downloadBlob(await chartPng(request, CHART_LAYOUT, 2, 'dark'), filename);
      return { kind: 'saved', filename };
    }
    case 'png-slide': {
      const filename = name('png', 'slide');
      downloadBlob(await chartPng(request, SLIDE_LAYOUT, 1), filename);
      return { kind: 'saved', filename };
    }
    default: {
      const ratio = PIXEL_RATIO[kind];
      const filename = name('png', ratio === 2 ? undefined : `${ratio}x`);
      downloadBlob(await chartPng(request, CHART_LAYOUT, ratio), filename);
      return { kind: 'saved', filename };
    }
  }
}
