// The years of the scale dataset, apart from its generator so vite.config.ts can read them
// without loading the app's modules.
export const SCALE_FROM = 1976;
export const SCALE_TO = 2025;
