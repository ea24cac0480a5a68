// The API of another dataset to serve instead of the bundled one: none here. The benchmark's
// scale build (vite build --mode scale) aliases this module to bench/scale/api.ts, so its
// synthetic dataset is answered by the same route table (in-page.ts) and no other build ships the generator.
import type { Api } from './api/respond';

export const scaleApi: Api | undefined = undefined;
