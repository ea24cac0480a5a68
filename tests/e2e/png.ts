// Reads what a PNG export contains: its header, and pixel statistics for the checks a person
// makes at a glance (solid background, ink where the title, chart and footer should be, nothing
// drawn at the very edge).
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readPngHeader(path: string) {
  const bytes = readFileSync(path);
  return {
    hasSignature: bytes.subarray(0, 8).equals(PNG_SIGNATURE),
    // IHDR is the first chunk: length (4) + "IHDR" (4), then width and height.
    chunk: bytes.subarray(12, 16).toString('ascii'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function loadPng(path: string) {
  const png = PNG.sync.read(readFileSync(path));
  const pixel = (x: number, y: number) => {
    const i = (png.width * y + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!] as const;
  };
  /** Share of pixels in a region that differ clearly from the background colour. */
  const inkShare = (region: Region, background = pixel(1, 1)) => {
    let ink = 0;
    let total = 0;
    for (let y = region.y; y < region.y + region.height; y++) {
      for (let x = region.x; x < region.x + region.width; x++) {
        const [r, g, b] = pixel(x, y);
        total++;
        if (Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 60) ink++;
      }
    }
    return total === 0 ? 0 : ink / total;
  };
  return { width: png.width, height: png.height, pixel, inkShare };
}
