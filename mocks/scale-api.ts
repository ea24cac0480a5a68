// The API of another dataset to serve instead of the bundled one: none here. The benchmark's
// scale build aliases this module to bench/scale/api.ts, so no other build ships its generator.
import type { DatasetInfo } from '../src/api/contract';
import type { Api } from './api/respond';

export const scaleApi: Api | undefined = undefined;

export const scaleInfo: (() => DatasetInfo) | undefined = undefined;
