// The read endpoints' query parameters, as mocks/api/respond.ts reads them, with their schemas
// generated from zod like the payloads'. A list parameter is one comma-separated string: that is
// how the client writes it and the route splits it.
import { z } from 'zod/mini';
import { apiPaths } from '../../src/api/contract';
import { DatasetInfoSchema } from '../../src/api/schemas';
import { schemaRef } from './component-schemas';

type JsonSchema = Record<string, unknown>;

export interface QueryParameter {
  name: string;
  in: 'query';
  required: false;
  description: string;
  schema: JsonSchema;
}

const toSchema = (schema: z.core.$ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchema;
  return rest;
};

const parameter = (name: string, description: string, schema: JsonSchema): QueryParameter => ({ name, in: 'query', required: false, description, schema });

const YEAR = toSchema(z.string().check(z.regex(/^\d{4}$/)));
const LIST = toSchema(z.string().check(z.minLength(1)));

const lang = parameter('lang', 'Language of the texts (English when absent); ids, units and numbers are the same in all.', schemaRef('Language'));
const dataset = parameter('dataset', 'The dataset to read (`/api/v1/datasets` lists them); the default one when absent. An unknown one: 404.', toSchema(DatasetInfoSchema.shape.name));
const domain = parameter('domain', 'A panel `/domains` lists; any other: 400.', schemaRef('DomainId'));
const entities = parameter('entities', 'Comma-separated region ids `/domains` lists (the main region when absent); an unknown one: 400.', LIST);
const from = parameter('from', 'First year, four digits, within `/domains` `years`; after `to`: 400.', YEAR);
const to = parameter('to', 'Last year, four digits, within `/domains` `years`.', YEAR);
const indicators = parameter('indicators', 'Comma-separated indicator ids; each must exist. Give this or `domain`, not both.', LIST);
const entity = parameter('entity', 'The company or organisation a fact is about, matched case-insensitively.', toSchema(z.string()));

/** Each read path's parameters, in the order a reader meets them. */
export const queryParameters: Record<keyof typeof apiPaths, QueryParameter[]> = {
  domains: [lang, dataset],
  indicators: [domain, entities, lang, dataset],
  series: [indicators, domain, entities, from, to, lang, dataset],
  facts: [domain, entity, lang, dataset],
  sources: [lang, dataset],
  datasets: [],
};
