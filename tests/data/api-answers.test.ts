// The bundled data package answers every request as the TypeScript dataset it replaced did: the
// fixture holds those answers (values, statuses, sources, alternatives, facts) in en, fr and zh.
// Fields the contract gained since (entities) are set aside before comparing.
import { describe, expect, it } from 'vitest';
import { answer, routesOf } from '../../mocks/api/respond';
import { bundledApi } from '../../mocks/api/bundled';
import before from '../fixtures/api-v1-answers.json';

const routes = routesOf(bundledApi);

function withoutNewFields(path: string, body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  if (path.endsWith('/domains')) {
    const { entities: _entities, ...rest } = body as Record<string, unknown>;
    return rest;
  }
  if (path.endsWith('/series')) {
    const { series } = body as { series: Record<string, unknown>[] };
    return { series: series.map(({ entityId: _entityId, ...rest }) => rest) };
  }
  return body;
}

describe('the bundled data package', () => {
  it.each(Object.entries(before))('answers %s as before', (request, expected) => {
    const url = new URL(request, 'http://localhost');
    const { status, body } = answer(routes, url.pathname, url.searchParams);
    expect({ status, body: withoutNewFields(url.pathname, body) }).toEqual(expected);
  });
});
