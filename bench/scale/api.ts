// Stands in for mocks/scale-api.ts in the scale build (see vite.config.ts).
import { createApi, type Api } from '../../mocks/api/respond';
import { scaleDatasetIn } from './dataset';

export const scaleApi: Api | undefined = createApi(scaleDatasetIn);
