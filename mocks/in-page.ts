// The embedded build's API, answered in the page (src/api/client.ts, inPageTransport): the
// route table on the bundled dataset, or in the benchmark's scale build on its dataset
// (scale-api.ts). Loaded on first use, with the dataset, as a chunk of its own.
import { answer, bundledApi, routesOf } from './api/respond';
import { scaleApi } from './scale-api';

const routes = routesOf(scaleApi ?? bundledApi);

export const answerInPage = (path: string, query: URLSearchParams) => answer(routes, path, query);
