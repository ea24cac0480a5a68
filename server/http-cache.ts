// Validators for the read API. A dataset can be replaced at any time, so an answer is named by the
// dataset version it comes from (its checksum) and the request (its normalized URL): the ETag is
// known before the answer is made, and a matching If-None-Match costs a 304 with no body.
import { createHash } from 'node:crypto';

/** Caches keep answers but ask again every time: a newly published dataset is served at once (docs/decisions.md). */
export const CACHE_CONTROL = 'public, no-cache';

/**
 * Changed by a release that changes how answers are written from the same data, so caches do not
 * keep an answer of the old form under a tag the new server still gives.
 */
const ANSWER_FORM = '1';

/** The request as its answer depends on it: the path and its parameters in name order, with the dataset named. */
function normalizedUrl(path: string, query: URLSearchParams, dataset: string): string {
  const params = new URLSearchParams(query);
  params.set('dataset', dataset);
  params.sort();
  return `${path}?${params.toString()}`;
}

/** Weak: the same answer gzipped or not has the same tag. */
export function etagOf(checksum: string, path: string, query: URLSearchParams, dataset: string): string {
  const hash = createHash('sha256').update(`${ANSWER_FORM}\0${checksum}\0${normalizedUrl(path, query, dataset)}`).digest('base64url');
  return `W/"${hash.slice(0, 27)}"`;
}

/** Whether If-None-Match names the tag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matchesEtag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}

/** For an answer that is not one dataset's (the list of datasets): its own bytes name it. */
export const etagOfBody = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
