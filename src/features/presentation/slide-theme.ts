// Colours of the show for each room. Contrast pairs meet WCAG AA (most AAA) on their own
// backgrounds; the chart colours come from charts/chart-colors.ts.
import type { Theme } from '../../state/display';

export interface SlideTheme {
  background: string;
  text: string;
  muted: string;
  accent: string;
  bar: string;
}

export const SLIDE_THEMES: Record<Theme, SlideTheme> = {
  light: { background: '#ffffff', text: '#0f172a', muted: '#475569', accent: '#0f766e', bar: '#f1f5f9' },
  dark: { background: '#0f172a', text: '#f8fafc', muted: '#cbd5e1', accent: '#5eead4', bar: '#1e293b' },
  contrast: { background: '#000000', text: '#ffffff', muted: '#ffffff', accent: '#ffd700', bar: '#000000' },
};
