// The bundled data package (data/), read from disk and checked when the server starts.
import { fileURLToPath } from 'node:url';
import { datasetsOf } from '../mocks/api/dataset';
import { createApi } from '../mocks/api/respond';
import { describeProblem } from '../src/data-package/problems';
import { readPackageAt } from './open-path';

export const BUNDLED_PACKAGE = fileURLToPath(new URL('../data', import.meta.url));

export function bundledServerApi() {
  const read = readPackageAt(BUNDLED_PACKAGE);
  if (!read.ok) throw new Error(`The bundled data package has problems:\n${read.problems.map(describeProblem).join('\n')}`);
  return createApi(datasetsOf(read.data));
}
