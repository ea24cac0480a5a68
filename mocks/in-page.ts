// The embedded build's API, answered in the page (inPageTransport in src/api/client.ts) from the
// bundled dataset, or the scale build's (scale-api.ts). A lazy chunk, with the dataset.
import { bundledApi } from './api/bundled';
import { answer, routesOf } from './api/respond';
import { scaleApi } from './scale-api';

const routes = routesOf(scaleApi ?? bundledApi);

export const answerInPage = (path: string, query: URLSearchParams) => answer(routes, path, query);
