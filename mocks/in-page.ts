// The embedded build's API, answered in the page (inPageTransport in src/api/client.ts) from the
// bundled dataset, or the scale build's (scale-api.ts). A lazy chunk, with the dataset.
import { bundledApi, bundledInfo } from './api/bundled';
import { answer, singleDatasetRoutes } from './api/respond';
import { scaleApi, scaleInfo } from './scale-api';

const routes = scaleApi && scaleInfo ? singleDatasetRoutes(scaleApi, scaleInfo) : singleDatasetRoutes(bundledApi, () => bundledInfo);

export const answerInPage = (path: string, query: URLSearchParams) => answer(routes, path, query);
