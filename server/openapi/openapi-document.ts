// The API contract as an OpenAPI 3.1 document, built from the zod schemas (component-schemas.ts)
// and the route table's parameters (parameters.ts): served at /api/v1/openapi.json, rendered at
// /api/v1/docs, linted by `npm run lint:api` and exercised by tests/contract/openapi-properties.test.ts.
import { API_PREFIX, API_VERSION, apiPaths } from '../../src/api/contract';
import { componentSchemas, schemaRef } from './component-schemas';
import { queryParameters } from './parameters';

export const OPENAPI_PATH = `${API_PREFIX}/openapi.json`;
export const REFERENCE_PAGE_PATH = `${API_PREFIX}/docs`;

const json = (schema: object) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json(schemaRef('ErrorBody')) });

/** Every error a read can meet; each body is an ErrorBody whose `code` names it. */
const READ_ERRORS = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
  '414': { $ref: '#/components/responses/UriTooLong' },
  '500': { $ref: '#/components/responses/Internal' },
  '503': { $ref: '#/components/responses/Unavailable' },
};

/** The list of datasets takes no parameter and names no dataset: no 400 or 404. */
const { '400': _badRequest, '404': _notFound, ...LIST_ERRORS } = READ_ERRORS;

const READS: Record<keyof typeof apiPaths, { schema: string; summary: string }> = {
  domains: { schema: 'DomainsResponse', summary: 'The panels, in order; the years with figures; the regions, the main one first' },
  indicators: { schema: 'IndicatorsResponse', summary: 'The indicators, of one panel or all, with figures for the regions asked' },
  series: { schema: 'SeriesResponse', summary: 'The figures: one series per indicator and region, within the years asked' },
  facts: { schema: 'FactsResponse', summary: 'Rankings, shares, milestones and other facts, of one panel or all' },
  sources: { schema: 'SourcesResponse', summary: 'The publications the figures and facts cite' },
  datasets: { schema: 'DatasetsResponse', summary: 'The datasets this server serves, the default one marked' },
};

function readOperation(name: keyof typeof apiPaths) {
  const { schema, summary } = READS[name];
  return {
    get: {
      operationId: `get${name.charAt(0).toUpperCase()}${name.slice(1)}`,
      summary,
      tags: ['read'],
      security: [], // open to any client: the answers carry no credentials
      parameters: queryParameters[name],
      responses: {
        '200': {
          description: 'The answer; caches may keep it, and revalidate it by its ETag every time.',
          headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
          content: json(schemaRef(schema)),
        },
        '304': { description: 'Not modified: the `If-None-Match` ETag still matches.' },
        ...(name === 'datasets' ? LIST_ERRORS : READ_ERRORS),
      },
    },
  };
}

const putDataset = {
  put: {
    operationId: 'putDataset',
    summary: 'Publish a dataset: replace it (or add it) with a data package, atomically',
    description: 'Readers see the old version until the new one is complete, never half of one. Writes are off unless the server has an `API_TOKEN`; never open cross-origin (no CORS headers).',
    tags: ['write'],
    security: [{ bearerAuth: [] }],
    parameters: [{ name: 'name', in: 'path', required: true, description: 'The dataset’s name.', schema: { $ref: '#/components/schemas/DatasetInfo/properties/name' } }],
    requestBody: {
      required: true,
      description: 'A data package (datapackage.json and its CSV files, docs/data-package.md) as a .zip.',
      content: { 'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } } },
    },
    responses: {
      '200': { description: 'Published: the dataset as `/datasets` now lists it.', content: json(schemaRef('DatasetInfo')) },
      '400': errorResponse('The package has problems: the message sums them up and `problems` lists each with its file, row and column (the first hundred), as `npm run data:check` does; nothing changed.'),
      '401': {
        ...errorResponse('No bearer token, or not the server’s.'),
        headers: { 'WWW-Authenticate': { description: '`Bearer realm="datasets"`: the scheme a write needs.', schema: { type: 'string' } } },
      },
      '403': errorResponse('Writes are off on this server (no `API_TOKEN` set).'),
      '413': errorResponse('The package is larger than the server takes; the message says the limit.'),
      '414': { $ref: '#/components/responses/UriTooLong' },
      '415': errorResponse('The body is not `application/zip`.'),
      '500': { $ref: '#/components/responses/Internal' },
      '503': errorResponse('The store failed to take the package; the dataset is as it was. Clients may retry.'),
    },
  },
};

const DESCRIPTION = `The read API of the Chongqing Industry Dashboard: panels, indicators, series, facts and sources of a dataset, in English, French or Chinese, and the datasets a server keeps.

- This document is generated from the zod schemas the dashboard's client parses every answer with; it is served at \`${OPENAPI_PATH}\`, and as a readable page at \`${REFERENCE_PAGE_PATH}\`.
- Every error is an \`ErrorBody\`: a status, a \`code\` and a message for people. A method a path does not take is a 405 (\`method_not_allowed\`) with an \`Allow\` header: the read paths take GET, HEAD and OPTIONS; \`${apiPaths.datasets}/{name}\` takes PUT.
- Any origin may read (\`Access-Control-Allow-Origin: *\`, no credentials) unless the server narrows it with \`CORS_ORIGINS\`; writes are never open cross-origin.
- A breaking change gets \`/api/v2\`; \`${API_PREFIX}\` stays as it is.`;

export function openApiDocument() {
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Chongqing Industry Dashboard API',
      version: API_VERSION,
      summary: 'Sourced industry figures for Chongqing, in three languages.',
      description: DESCRIPTION,
      license: { name: 'Code: all rights reserved; each figure keeps its source’s terms (see /sources)' },
    },
    servers: [{ url: '/', description: 'The server this document came from' }],
    tags: [
      { name: 'read', description: 'Open to any client; cacheable.' },
      { name: 'write', description: 'Bearer token; never cross-origin.' },
      { name: 'operations', description: 'For load balancers and monitors.' },
    ],
    paths: {
      ...Object.fromEntries(Object.entries(apiPaths).map(([name, path]) => [path, readOperation(name as keyof typeof apiPaths)])),
      [`${apiPaths.datasets}/{name}`]: putDataset,
      '/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Whether the server is up',
          tags: ['operations'],
          security: [],
          responses: { '200': { description: 'Up.', content: json({ $ref: '#/components/schemas/Health' }) }, '414': { $ref: '#/components/responses/UriTooLong' } },
        },
      },
    },
    components: {
      schemas: {
        ...componentSchemas(),
        Health: {
          type: 'object',
          properties: { status: { const: 'ok' }, api: { type: 'string' }, uptimeSeconds: { type: 'integer', minimum: 0 } },
          required: ['status', 'api'],
        },
      },
      responses: {
        BadRequest: errorResponse('A parameter is missing, unknown (language, panel, indicator, region) or malformed (not a year, out of range, reversed).'),
        NotFound: errorResponse('No such dataset (`dataset=`), route or API version.'),
        UriTooLong: errorResponse('The URL is longer than the server reads (2,048 characters).'),
        Internal: errorResponse('The server failed; the message never holds a stack trace. Clients may retry.'),
        Unavailable: errorResponse('The store cannot be reached. Clients may retry.'),
      },
      headers: {
        ETag: { description: 'A weak tag naming the dataset’s version and the request: send it back as `If-None-Match` for a 304.', schema: { type: 'string' } },
        CacheControl: { description: '`public, no-cache`: a dataset can be replaced at any time, so a cache asks again each time (a 304 costs no body).', schema: { type: 'string' } },
      },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The server’s `API_TOKEN`; without it set, writes are off.' },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
