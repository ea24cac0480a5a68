// Stands in for mocks/scale-api.ts in the scale build (see vite.config.ts).
import type { DatasetInfo } from '../../src/api/contract';
import { datasetInfoOf } from '../../mocks/api/dataset';
import { createApi, type Api } from '../../mocks/api/respond';
import { scaleDatasetIn, scalePackage } from './dataset';

export const scaleApi: Api | undefined = createApi(scaleDatasetIn);

export const scaleInfo: (() => DatasetInfo) | undefined = () => datasetInfoOf(scalePackage());
