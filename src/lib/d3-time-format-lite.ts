// A stand-in for d3-time-format, which recharts pulls into the first load through d3-scale's
// time scales. The dashboard draws no time scale (its x axis is a category axis of periods,
// labelled by our own formatters); a label asked for anyway reads as an ISO date.
// Aliased in vite.config.ts.
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const timeFormat = (_specifier: string) => isoDate;

export const utcFormat = (_specifier: string) => isoDate;
