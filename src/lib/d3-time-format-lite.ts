// A stand-in for d3-time-format (issue #7: 3.5 KB gzip of the first load). recharts imports
// every d3-scale, and d3-scale's time scales import d3-time-format for their default tick
// labels. This dashboard never draws a time scale (its x axis is a category axis of periods, and
// every label goes through our own formatters), so those labels are never asked for; should
// one be, it reads as an ISO date rather than failing. Aliased in vite.config.ts.
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const timeFormat = (_specifier: string) => isoDate;

export const utcFormat = (_specifier: string) => isoDate;
