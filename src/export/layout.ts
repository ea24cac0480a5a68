// Fixed export layouts: the image does not depend on the browser window, so the same chart
// exports the same from a phone and from a wide screen.
export interface ExportLayout {
  width: number;
  height: number;
  padding: number;
  titleSize: number;
  subtitleSize: number;
  tickSize: number;
  legendSize: number;
  footerSize: number;
  /** Footer source lines beyond this are summarised ("and 3 more"). */
  maxFooterLines: number;
}

/** The chart's own size: 1200 x 800 CSS px (2400 x 1600 at the default 2x). */
export const CHART_LAYOUT: ExportLayout = {
  width: 1200,
  height: 800,
  padding: 40,
  titleSize: 30,
  subtitleSize: 18,
  tickSize: 15,
  legendSize: 16,
  footerSize: 13,
  maxFooterLines: 3,
};

/** A 16:9 slide at 1920 x 1080, text sized to read from the back of a room. */
export const SLIDE_LAYOUT: ExportLayout = {
  width: 1920,
  height: 1080,
  padding: 64,
  titleSize: 52,
  subtitleSize: 28,
  tickSize: 24,
  legendSize: 26,
  footerSize: 20,
  maxFooterLines: 2,
};

export const EXPORT_FONT_FAMILY = "'Inter', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
export type ExportTheme = 'light' | 'dark';
export type ExportColors = { background: string; title: string; text: string; muted: string; rule: string; link: string; card: string };

/** A solid light background by default, whatever the screen's theme; dark only when picked. */
export const EXPORT_COLORS: Record<ExportTheme, ExportColors> = {
  light: { background: '#ffffff', title: '#0f172a', text: '#334155', muted: '#64748b', rule: '#e2e8f0', link: '#1d4ed8', card: '#f8fafc' },
  dark: { background: '#0f172a', title: '#f8fafc', text: '#e2e8f0', muted: '#cbd5e1', rule: '#334155', link: '#93c5fd', card: '#1e293b' },
};
