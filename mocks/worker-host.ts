// The API answered in a worker from a package the reader opened (src/features/datasets/
// dataset-worker.ts is the worker; this is its logic, testable without one). It reads and checks
// the files, reporting progress, then keeps the package: the page's requests are answered here
// through the same route table as everywhere else, so the page never holds the package's rows.
import type { ErrorBody } from '../src/api/contract';
import type { DatasetSummary, FileToOpen, FromWorker, ToWorker } from '../src/api/worker-protocol';
import { openFiles } from '../src/data-package/open-files';
import type { DataPackage } from '../src/data-package/package-data';
import { zipPackage } from '../src/data-package/package-zip';
import { readPackage, type ProfileCheck } from '../src/data-package/read-package';
import { datasetInfoOf, datasetsOf } from './api/dataset';
import { answer, createApi, notFound, singleDatasetRoutes, type ApiResult, type Routes } from './api/respond';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Where each stage starts on the bar: unzipping and decoding, reading the rows, checking references. */
const UNPACKED_AT = 0.1;
const CHECKING_AT = 0.9;

function summaryOf(pkg: DataPackage, years: DatasetSummary['years']): DatasetSummary {
  return {
    name: pkg.name,
    title: pkg.title,
    ...(pkg.description ? { description: pkg.description } : {}),
    observations: pkg.observations.length,
    indicators: pkg.indicators.length,
    panels: pkg.panels.length,
    entities: pkg.entities.length,
    facts: pkg.facts.length,
    sources: pkg.sources.length,
    years,
  };
}

async function bytesOf(files: readonly FileToOpen[]) {
  return Promise.all(files.map(async ({ name, blob }) => ({ name, bytes: new Uint8Array(await blob.arrayBuffer()) })));
}

/** The worker's message handler: `post` sends to the page. */
export function createWorkerHost(post: Post, checkProfile?: ProfileCheck): (message: ToWorker) => Promise<void> {
  let pkg: DataPackage | undefined;
  let routes: Routes | undefined;

  const open = async (files: readonly FileToOpen[]) => {
    post({ type: 'progress', stage: 'unpacking', done: 0 });
    const opened = openFiles(await bytesOf(files));
    if ('problems' in opened) return post({ type: 'problems', problems: opened.problems, count: opened.problems.length });
    const onProgress = (done: number) =>
      post({ type: 'progress', stage: done < 1 ? 'reading' : 'checking', done: done < 1 ? UNPACKED_AT + done * (CHECKING_AT - UNPACKED_AT) : CHECKING_AT });
    const result = readPackage(opened.input, { checkProfile, onProgress });
    if (!result.ok) return post({ type: 'problems', problems: [...result.problems], count: result.count });
    const datasetIn = datasetsOf(result.data);
    // Built now, while the bar shows: the first chart's request then only picks its points.
    const { years } = datasetIn('en');
    pkg = result.data;
    const info = datasetInfoOf(pkg);
    routes = singleDatasetRoutes(createApi(datasetIn), () => info);
    post({ type: 'ready', summary: summaryOf(pkg, years) });
  };

  const respond = (path: string, query: string): ApiResult<unknown> | { status: 500; body: ErrorBody } => {
    if (!routes) return notFound('No data package is open here.');
    try {
      return answer(routes, path, new URLSearchParams(query));
    } catch (error) {
      return { status: 500, body: { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } } };
    }
  };

  return async (message) => {
    try {
      switch (message.type) {
        case 'open':
          return await open(message.files);
        case 'request':
          return post({ type: 'answer', id: message.id, ...respond(message.path, message.query) });
        case 'zip': {
          if (!pkg) return post({ type: 'failed', message: 'No data package is open here.' });
          const { fileName, bytes } = zipPackage(pkg);
          return post({ type: 'zip', fileName, bytes }, [bytes.buffer]);
        }
      }
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
