// The first script the page runs: a chunk of its own, loaded `async` ahead of the app's entry
// (vite.config.ts, bootScript), so it runs while the browser is still downloading the entry,
// when the main thread has nothing else to do (issue #7). It starts work the first chart will
// wait for later, off the critical path:
// - with the embedded mock API, the mock API is started (mock-api.ts): its service worker is
//   registered, fetched, installed and activated on the browser's threads and MSW's code loads
//   while the app's code does; main.tsx's client waits on the same start and reports a failure;
// - the first screen's data is asked for (api/request.ts): the first chart then finds it
//   there, not a round trip away. With the embedded mock API, its handlers answer in the page
//   as soon as MSW's code is here, with no wait for the worker's start (mock-api.ts);
// - the data's schemas (zod) are asked for: the client needs them for its first answer.
// No Intl formatter is built here or on the first screen: the app writes numbers, dates and lists
// without Intl (model/number-format.ts), so ICU's formatting data, 40-90 ms of main-thread time
// to load, is never in the first chart's way.
// Nothing here is required: each step, if it fails, is done again where it is needed, but the
// mock API's start, which is done once for the page and whose failure the client reports. It
// imports only small pure modules, which vite.config.ts (firstLoadChunk) puts in a chunk of their
// own, `boot-shared`: importing from the app's chunk would make this script wait for all of it.
import { startFirstScreenRequests } from './api/request';
import { loadSchemas } from './api/schemas-loader';
import { readEnv } from './config/env';
import { loadInPageAnswers, startMockApi } from './mock-api';
import { parseFilters } from './state/filters-url';
import { startParams } from './state/url';

const initialLanguage = () => startParams();
const startingDomains = () => parseFilters(startParams().filterQuery).filters.domains;

try {
  // Tested on the raw build-time constant, so a build without a server drops this branch.
  if (import.meta.env.VITE_API_BASE_URL) {
    const { apiBaseUrl = '' } = readEnv(); // an invalid URL throws: main.tsx stops with the message
    startFirstScreenRequests(apiBaseUrl, initialLanguage().language, startingDomains()[0]);
  } else {
    startMockApi().catch(() => undefined); // main.tsx's client reports a failure
    // The same first requests, answered by the mock API's handlers in the page as soon as its
    // code is here, before the app's code is evaluated rather than after (mock-api.ts).
    loadInPageAnswers()
      .then((answer) => startFirstScreenRequests('', initialLanguage().language, startingDomains()[0], answer))
      .catch(() => undefined); // the client asks again itself
  }
} catch {
  // Nothing lost: the app asks for its data itself.
}
// The schemas' chunk (api/schemas.ts) is evaluated here while the main thread waits for the
// app's code, not between the first answer and the first chart (~50 ms; issue #7's marks).
loadSchemas().catch(() => undefined); // the client reports a failure
