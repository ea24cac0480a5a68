// The colours a chart draws with besides its series. Literal values, not CSS variables: an
// exported SVG or a slide must carry its colours with it.
import type { Theme } from '../state/display';
export interface ChartColors {
  axis: string;
  grid: string;
  /** Fill of hollow (flagged) marks: the surface the chart sits on. */
  surface: string;
}

export const CHART_COLORS: Record<Theme, ChartColors> = {
  light: { axis: '#475569', grid: '#e2e8f0', surface: '#ffffff' },
  dark: { axis: '#cbd5e1', grid: '#334155', surface: '#0f172a' },
  contrast: { axis: '#ffffff', grid: '#6b7280', surface: '#000000' },
};

/** Series colours readable on each surface: on dark ones, Okabe-Ito's bright hues return. */
export function seriesColorFor(theme: Theme, color: string): string {
  if (theme === 'light') return color;
  const swaps: Record<string, string> = {
    '#000000': '#f8fafc',
    '#0072B2': theme === 'contrast' ? '#56B4E9' : '#3a9ad9',
    '#B8578F': '#CC79A7',
    '#A67300': '#E69F00',
    '#5F6B7A': '#94a3b8',
  };
  return swaps[color] ?? color;
}
