// Okabe-Ito hues, told apart by readers with the common forms of colour blindness. On light
// surfaces the paler ones (reddish purple, orange) are darkened and sky blue gives way to slate
// grey (a darkened sky blue would pass for the blue), so every line and mark has at least 3:1
// contrast with white (WCAG 1.4.11). Yellow is left out. Dark themes swap in the bright hues
// (chart-colors.ts).
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#B8578F', '#A67300', '#5F6B7A', '#000000'] as const;

export const colorAt = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length] ?? '#0072B2';
