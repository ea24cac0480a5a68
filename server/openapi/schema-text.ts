// A JSON Schema in a few words for the reference page: "string, pattern ^\d{4}$", "array of
// Point", "number or null". Links to components are returned as parts, so the page escapes text
// and builds links itself.
type JsonSchema = Record<string, unknown>;

export type SchemaPart = { text: string } | { ref: string };

const refName = (ref: string) => ref.split('/').pop() ?? ref;

export function describeSchema(schema: unknown): SchemaPart[] {
  if (schema === null || typeof schema !== 'object') return [{ text: 'any' }];
  const node = schema as JsonSchema;
  if (typeof node.$ref === 'string') {
    return node.$ref.startsWith('#/components/schemas/') && node.$ref.split('/').length === 4 ? [{ ref: refName(node.$ref) }] : [{ text: refName(node.$ref) }];
  }
  const alternatives = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(alternatives)) return alternatives.flatMap((option, index) => [...(index > 0 ? [{ text: ' or ' }] : []), ...describeSchema(option)]);
  if ('const' in node) return [{ text: JSON.stringify(node.const) }];
  if (Array.isArray(node.enum)) return [{ text: `one of ${node.enum.map((value) => JSON.stringify(value)).join(', ')}` }];
  if (node.type === 'array') return [{ text: 'array of ' }, ...describeSchema(node.items)];
  const type = Array.isArray(node.type) ? node.type.join(' or ') : String(node.type ?? 'any');
  return [{ text: [type, ...constraints(node)].join(', ') }];
}

function constraints(node: JsonSchema): string[] {
  const words: string[] = [];
  if (typeof node.format === 'string') words.push(`format ${node.format}`);
  else if (typeof node.pattern === 'string') words.push(`pattern ${node.pattern}`);
  if (node.minLength === 1) words.push('not empty');
  else if (typeof node.minLength === 'number' && node.minLength > 1) words.push(`at least ${node.minLength} characters`);
  if (typeof node.maxLength === 'number') words.push(`at most ${node.maxLength} characters`);
  if (typeof node.minimum === 'number') words.push(`≥ ${node.minimum}`);
  if (typeof node.maximum === 'number') words.push(`≤ ${node.maximum}`);
  if (typeof node.contentMediaType === 'string') words.push(node.contentMediaType);
  return words;
}

/** An object schema's properties as rows: name, whether required, and the schema. */
export function propertiesOf(schema: JsonSchema): { name: string; isRequired: boolean; schema: unknown }[] {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, inner]) => ({ name, isRequired: required.has(name), schema: inner }));
}
