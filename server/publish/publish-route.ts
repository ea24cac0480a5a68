// PUT /api/v1/datasets/{name}: a data package as a .zip replaces (or adds) the dataset, checked as
// `npm run data:check` checks it and stored in one transaction. Writes are off without a token;
// the token is compared in constant time and never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import { unzipSync } from 'fflate';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiPaths, DATASET_NAME_PATTERN, type DatasetInfo, type ErrorCode } from '../../src/api/contract';
import { unzip } from '../../src/data-package/open-files';
import { describeProblem, type Problem } from '../../src/data-package/problems';
import { readPackageFiles } from '../read-files';
import { packageChecksum } from '../store/checksum';
import type { DatasetRecord, Store } from '../store/store';

export interface PublishOptions {
  /** Where a published package goes; writes are off without one. */
  store?: Store;
  /** The bearer token writes need; writes are off without one. */
  token?: string;
  /** The largest upload taken, in bytes (the .zip as sent). */
  maxBytes: number;
  /** The dataset requests mean when they name none. */
  defaultDataset: string;
  /** Where a store failure's detail goes; the client is told only that the store failed. */
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * A .zip may unpack to twenty times its size, and never past what one process reads whole: a
 * small upload cannot fill the memory, and no file outgrows the longest string V8 holds.
 */
const UNPACKED_RATIO_LIMIT = 20;
const UNPACKED_CEILING = 400_000_000;
const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed']);

const failure = (c: Context, status: 400 | 401 | 403 | 413 | 415 | 503, code: ErrorCode, message: string, problems?: Problem[]) =>
  c.json({ error: problems ? { code, message, problems } : { code, message } }, status);

/** A size as a person reads it: a small limit is not "0 MB". */
export function sizeText(bytes: number): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  if (bytes < 1e3) return `${bytes} bytes`;
  if (bytes < 1e6) return `${round(bytes / 1e3)} kB`;
  return `${round(bytes / 1e6)} MB`;
}

/** Equal tokens, compared without leaking how much of them matched (hashes have one length). */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** What the .zip's directory says it unpacks to, read before anything is unpacked. */
function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}

export function publishRoutes({ store, token, maxBytes, defaultDataset, log = () => undefined }: PublishOptions) {
  const routes = new Hono();
  const path = `${apiPaths.datasets}/:name`;
  if (!token || !store) {
    routes.put(path, (c) => failure(c, 403, 'forbidden', 'Writes are off on this server: it publishes only when started with API_TOKEN set.'));
    return routes;
  }
  routes.put(
    path,
    (c, next) => {
      const header = c.req.header('Authorization') ?? '';
      const given = /^Bearer (.+)$/i.exec(header)?.[1];
      if (given === undefined || !sameToken(given, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="datasets"');
        return failure(c, 401, 'unauthorized', given === undefined ? 'A write needs the header "Authorization: Bearer <token>".' : 'The bearer token is not this server’s.');
      }
      return next();
    },
    bodyLimit({ maxSize: maxBytes, onError: (c) => failure(c, 413, 'payload_too_large', `The package is larger than this server takes: at most ${sizeText(maxBytes)} (MAX_UPLOAD_BYTES = ${maxBytes}).`) }),
    async (c) => {
      const name = c.req.param('name') ?? '';
      if (!DATASET_NAME_PATTERN.test(name)) return failure(c, 400, 'bad_request', `"${name.slice(0, 40)}" is not a dataset name: lower-case letters, digits, ".", "_" or "-", at most 100.`);
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ZIP_TYPES.has(type)) return failure(c, 415, 'unsupported_media_type', `Send the data package as a .zip with "Content-Type: application/zip"${type ? `, not ${type}` : ''}.`);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const file = `${name}.zip`;
      let unpacked: number;
      try {
        unpacked = unpackedSize(bytes);
      } catch (cause) {
        const problem = { file, message: `not a readable .zip file (${cause instanceof Error ? cause.message : String(cause)})` };
        return failure(c, 400, 'bad_request', describeProblem(problem), [problem]);
      }
      const unpackedLimit = Math.min(maxBytes * UNPACKED_RATIO_LIMIT, UNPACKED_CEILING);
      if (unpacked > unpackedLimit) return failure(c, 413, 'payload_too_large', `The package unpacks to ${sizeText(unpacked)}; this server takes at most ${sizeText(unpackedLimit)} unpacked.`);
      // Unpacked once, for the reader and the checksum alike.
      const files = unzip({ name: file, bytes });
      if (!Array.isArray(files)) return failure(c, 400, 'bad_request', describeProblem(files), [files]);
      const read = readPackageFiles(files);
      if (!read.ok) {
        const more = read.count > read.problems.length ? ` (the first ${read.problems.length} listed)` : '';
        const message = `The package has ${read.count} problem${read.count === 1 ? '' : 's'}${more}; nothing changed. ${read.problems.slice(0, 3).map(describeProblem).join('; ')}`;
        return failure(c, 400, 'bad_request', message, [...read.problems]);
      }
      if (read.data.name !== name) {
        const problem = { file: 'datapackage.json', column: 'name', message: `the package is named "${read.data.name}"; it can only be published as /datasets/${read.data.name}, not /datasets/${name}` };
        return failure(c, 400, 'bad_request', describeProblem(problem), [problem]);
      }
      let record: DatasetRecord;
      try {
        // The same files again change nothing: the dataset keeps its version and import time.
        const checksum = packageChecksum(files);
        const current = await store.get(name);
        record = current?.checksum === checksum ? current : await store.put(read.data, checksum);
      } catch (cause) {
        // The put is one transaction: when it fails, the dataset is the one that was there.
        log({ time: new Date().toISOString(), level: 'error', path: c.req.path, error: String(cause) });
        return failure(c, 503, 'unavailable', `The dataset store could not take the package, so "${name}" is as it was; try again shortly.`);
      }
      const info: DatasetInfo = { ...record, isDefault: record.name === defaultDataset };
      return c.json(info, 200);
    },
  );
  return routes;
}
