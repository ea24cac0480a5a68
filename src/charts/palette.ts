// Okabe-Ito colours: told apart by readers with the common forms of colour blindness, and
// dark enough on white for lines and marks (yellow is left out for that reason).
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

export const colorAt = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length] ?? '#0072B2';
