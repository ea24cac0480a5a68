// Every series colour keeps 3:1 contrast with the surface it is drawn on (WCAG 1.4.11), in
// every theme.
import { describe, expect, it } from 'vitest';
import { CHART_COLORS, seriesColorFor } from './chart-colors';
import { SERIES_COLORS } from './palette';

const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('series colours', () => {
  it.each(['light', 'dark', 'contrast'] as const)('stand out from the %s surface at 3:1 or more', (theme) => {
    for (const color of SERIES_COLORS) {
      const drawn = seriesColorFor(theme, color);
      expect(contrast(drawn, CHART_COLORS[theme].surface), `${color} -> ${drawn}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(CHART_COLORS[theme].axis, CHART_COLORS[theme].surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('are all different within a theme', () => {
    for (const theme of ['light', 'dark', 'contrast'] as const) expect(new Set(SERIES_COLORS.map((c) => seriesColorFor(theme, c))).size).toBe(SERIES_COLORS.length);
  });
});
