// @vitest-environment node
// Property-based contract tests, generated from the OpenAPI document the server serves: for each
// GET, fast-check builds requests from the parameters' schemas (valid values, the data's own ids,
// and hostile strings), and every answer must be one the document lists for that operation, never
// a 5xx, with a body that validates against the documented schema for its status (Ajv, 2020-12).
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { bundledTestStore } from '../../server/test-store';
import { hostileValue, type KnownValues, reversedYears, validValue } from './openapi-arbitraries';

type Hono = ReturnType<typeof createApp>;
interface Parameter { name: string; in: string; schema: Record<string, unknown> }
interface Operation { operationId: string; parameters?: Parameter[]; responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }
interface OpenApi { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }

/** The one place the server is made: the store-backed server builds it asynchronously. */
let closeStore: () => Promise<void> = async () => undefined;
afterAll(() => closeStore());
async function startServer(): Promise<Hono> {
  const { store, datasets } = await bundledTestStore();
  closeStore = () => store.close();
  return createApp({ datasets });
}

/** Bounded for a busy 2-core machine: about 300 requests in all. */
const RUNS_PER_OPERATION = 50;
const ORIGIN = 'http://127.0.0.1:8787';

let app: Hono;
let document: OpenApi;
let known: KnownValues;
const getJson = async (path: string) => (await (await app.request(`${ORIGIN}${path}`)).json()) as Record<string, Record<string, unknown>[]> & { years: { min: number; max: number } };

beforeAll(async () => {
  app = await startServer();
  document = (await (await app.request(`${ORIGIN}/api/v1/openapi.json`)).json()) as OpenApi;
  const domains = await getJson('/api/v1/domains');
  const indicators = await getJson('/api/v1/indicators');
  const facts = await getJson('/api/v1/facts');
  const datasets = await app.request(`${ORIGIN}/api/v1/datasets`);
  known = {
    dataset: datasets.ok ? ((await datasets.json()) as { datasets: { name: string }[] }).datasets.map((dataset) => dataset.name) : [],
    domain: domains.domains!.map((domain) => String(domain.id)),
    entities: domains.entities!.map((entity) => String(entity.id)),
    indicators: indicators.indicators!.map((indicator) => String(indicator.id)),
    entity: [...new Set(facts.facts!.flatMap((fact) => (typeof fact.entity === 'string' ? [fact.entity] : [])))],
    years: domains.years,
  };
});

/** Ajv over the document's components: `#/components/schemas/X` becomes `#/$defs/X` of each compiled schema. */
function validatorFor(schema: unknown, ajv: Ajv2020): ValidateFunction {
  const rewrite = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, unknown>;
  return ajv.compile({ ...rewrite(schema), $defs: rewrite(document.components.schemas) });
}

/** Each documented status of an operation, with the validator of its JSON body when it has one. */
function documentedAnswers(operation: Operation): Map<number, ValidateFunction | undefined> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // `format: uri` comes from zod's z.url(), which accepts what the WHATWG URL parser accepts, as
  // browsers do: a source's address with "[" in its path (N65) is one, though RFC 3986 wants it
  // percent-encoded. The client checks with zod, so the test checks the same.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return new Map(
    Object.entries(operation.responses).map(([status, response]) => {
      const resolved = response.$ref ? document.components.responses[response.$ref.split('/').pop() ?? ''] : response;
      const schema = resolved?.content?.['application/json']?.schema;
      return [Number(status), schema === undefined ? undefined : validatorFor(schema, ajv)];
    }),
  );
}

/** A parameter's schema, its $ref to a component followed. */
function resolved(schema: Record<string, unknown>): Record<string, unknown> {
  const ref = schema.$ref;
  return typeof ref === 'string' ? resolved(document.components.schemas[ref.split('/').pop() ?? ''] as Record<string, unknown>) : schema;
}

type Query = [string, string][];
const present = (parameters: Parameter[]) => (values: (string | undefined)[]): Query => parameters.flatMap((parameter, index) => (values[index] === undefined ? [] : [[parameter.name, values[index]] as [string, string]]));

/** What the descriptions ask of valid requests beyond each value: `indicators` or `domain`, `from` no later than `to`. */
function coherent(query: Query): Query {
  const names = new Set(query.map(([name]) => name));
  const kept = names.has('indicators') ? query.filter(([name]) => name !== 'domain') : query;
  const from = kept.find(([name]) => name === 'from')?.[1];
  const to = kept.find(([name]) => name === 'to')?.[1];
  if (from === undefined || to === undefined || from <= to) return kept;
  return kept.map(([name, value]) => [name, name === 'from' ? to : name === 'to' ? from : value]);
}

/**
 * Requests of three kinds: each parameter present or not, valid or hostile; valid requests only
 * (most mixed ones fail on their first bad value, which would leave the answers little tested);
 * and, where there are years, reversed ones.
 */
function queries(operation: Operation): fc.Arbitrary<Query> {
  const parameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  const valid = (parameter: Parameter) => validValue(parameter.name, resolved(parameter.schema), known);
  const mixed = fc.tuple(...parameters.map((parameter) => fc.option(fc.oneof({ weight: 2, arbitrary: valid(parameter) }, { weight: 1, arbitrary: hostileValue(parameter.name, known) }), { nil: undefined, freq: 2 }))).map(present(parameters));
  const validOnly = fc.tuple(...parameters.map((parameter) => fc.option(valid(parameter), { nil: undefined, freq: 2 }))).map(present(parameters)).map(coherent);
  const kinds = [{ weight: 3, arbitrary: mixed }, { weight: 2, arbitrary: validOnly }];
  if (!parameters.some((parameter) => parameter.name === 'from')) return fc.oneof(...kinds);
  const reversed = fc.tuple(validOnly, reversedYears(known)).map(([query, years]): Query => [...query.filter(([name]) => name !== 'from' && name !== 'to'), ...years]);
  return fc.oneof(...kinds, { weight: 1, arbitrary: reversed });
}

describe('the server against its OpenAPI document, by generated requests', () => {
  it('documents a GET for each read path', () => {
    expect(Object.entries(document.paths).filter(([, methods]) => 'get' in methods).length).toBeGreaterThanOrEqual(7);
  });

  it.each(['/api/v1/domains', '/api/v1/indicators', '/api/v1/series', '/api/v1/facts', '/api/v1/sources', '/api/v1/datasets', '/health'])('GET %s: never a 5xx, always a documented status and body', async (path) => {
    const operation = document.paths[path]?.get;
    if (!operation) throw new Error(`The document has no GET ${path}.`);
    const answers = documentedAnswers(operation);
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(queries(operation), async (query) => {
        const url = `${ORIGIN}${path}${query.length > 0 ? `?${new URLSearchParams(query)}` : ''}`;
        const response = await app.request(url);
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        expect(response.status, url).toBeLessThan(500);
        expect([...answers.keys()], `${url} answered ${response.status}`).toContain(response.status);
        const validate = answers.get(response.status);
        if (!validate) return;
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const body: unknown = await response.json();
        expect(validate(body) ? [] : validate.errors, `${url} answered ${response.status} off its schema`).toEqual([]);
      }),
      // An operation without parameters has one request to make; a few runs show it is stable.
      { numRuns: (operation.parameters ?? []).length > 0 ? RUNS_PER_OPERATION : 3 },
    );
    // Generated requests that only ever failed would test the errors alone.
    if ((operation.parameters ?? []).length > 0 && path !== '/api/v1/datasets') expect(seen.get(200), `statuses seen: ${[...seen]}`).toBeGreaterThan(0);
  });
});
