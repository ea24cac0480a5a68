// The payload schemas as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), generated from the
// zod schemas the client parses with: every exported `XSchema` of src/api/schemas.ts becomes
// components.schemas.X, and a schema used inside another is a $ref to it, so the document holds
// no second copy of any payload.
import { z } from 'zod/mini';
import * as payloads from '../../src/api/schemas';

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

/** The API's schemas by component name: `ErrorBodySchema` is `ErrorBody`. */
export function payloadSchemas(): Map<string, z.core.$ZodType> {
  const named = new Map<string, z.core.$ZodType>();
  for (const [exportName, schema] of Object.entries(payloads)) {
    if (exportName.endsWith('Schema')) named.set(exportName.slice(0, -'Schema'.length), schema);
  }
  return named;
}

/** `#/components/schemas/Name`, checked against the generated names so a rename fails here, not in a reader's tool. */
export function schemaRef(name: string): { $ref: string } {
  if (!payloadSchemas().has(name)) throw new Error(`No schema ${name}Schema in src/api/schemas.ts.`);
  return { $ref: `${COMPONENT_PREFIX}${name}` };
}

export function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of payloadSchemas()) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `${COMPONENT_PREFIX}${id}` }) as { schemas: Record<string, JsonSchema> };
  // Each component is a part of the document, not a resource of its own: an $id would make
  // tools resolve its $refs against it, and $schema is the document's jsonSchemaDialect already.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, withoutSafeIntegerBounds(schema)]));
}

/** zod writes ±2^53-1 on every int: true of any JSON number a reader parses, and noise in a reference. */
function withoutSafeIntegerBounds(value: unknown): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, inner]) => !((key === 'minimum' || key === 'maximum') && Math.abs(Number(inner)) === Number.MAX_SAFE_INTEGER))
        .map(([key, inner]) => [key, walk(inner)]),
    );
  };
  return walk(value) as JsonSchema;
}
