// A chart as a PNG blob at a layout and pixel ratio: the step exports and the PowerPoint
// writer share.
import { buildChartSvg, type ChartImageInput } from './chart-image';
import { EXPORT_COLORS } from './layout';
import { rasterizeSvg } from './rasterize';

export async function chartToPng(input: ChartImageInput, pixelRatio: number): Promise<Blob> {
  const svg = await buildChartSvg(input);
  return rasterizeSvg(svg, input.layout.width, input.layout.height, pixelRatio, EXPORT_COLORS[input.theme ?? 'light'].background);
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });
}
