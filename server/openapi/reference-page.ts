// The API's reference page, rendered on the server from the OpenAPI document: plain HTML and one
// stylesheet of our own, no script, so it works offline and under `default-src 'none'`
// (docs/decisions.md says why not a documentation library's bundle).
import { describeSchema, propertiesOf, type SchemaPart } from './schema-text';
import type { OpenApiDocument } from './openapi-document';

type JsonSchema = Record<string, unknown>;
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: { name: string; in: string; required: boolean; description: string; schema: unknown }[];
  requestBody?: { description: string; content: Record<string, unknown> };
  responses: Record<string, { $ref?: string; description?: string; content?: Record<string, { schema: unknown }> }>;
  security?: unknown[];
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The document's prose: `code`, and paragraphs and "- " lists. Everything else is text. */
const inline = (text: string) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
function prose(text: string): string {
  return text
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) return `<ul>${lines.map((line) => `<li>${inline(line.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

const schemaHtml = (parts: SchemaPart[]) => parts.map((part) => ('ref' in part ? `<a href="#schema-${escape(part.ref)}">${escape(part.ref)}</a>` : escape(part.text))).join('');

/** An object's rows, inline objects (and arrays of them) flattened to `outer.inner` / `outer[].inner`. */
function rows(schema: JsonSchema, prefix = ''): string[] {
  return propertiesOf(schema).flatMap(({ name, isRequired, schema: inner }) => {
    const node = (inner ?? {}) as JsonSchema;
    const items = node.type === 'array' ? ((node.items ?? {}) as JsonSchema) : undefined;
    const nested = node.type === 'object' && node.properties ? node : items?.type === 'object' && items.properties ? items : undefined;
    const label = `${prefix}${name}`;
    const row = `<tr><td><code>${escape(label)}</code></td><td>${isRequired ? 'required' : 'optional'}</td><td>${nested ? (items ? 'array of objects' : 'object') : schemaHtml(describeSchema(inner))}</td></tr>`;
    return nested ? [row, ...rows(nested, `${label}${items ? '[]' : ''}.`)] : [row];
  });
}

function responseRow(status: string, response: Operation['responses'][string], named: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>) {
  const resolved = response.$ref ? named[response.$ref.split('/').pop() ?? ''] : response;
  const body = Object.entries(resolved?.content ?? {}).map(([type, { schema }]) => `${escape(type)}: ${schemaHtml(describeSchema(schema))}`);
  return `<tr><td>${escape(status)}</td><td>${inline(resolved?.description ?? '')}</td><td>${body.join('<br>') || '—'}</td></tr>`;
}

function operationHtml(method: string, path: string, operation: Operation, document: OpenApiDocument): string {
  const parameters = operation.parameters ?? [];
  const parameterTable = parameters.length === 0 ? '<p>No parameters.</p>' : `<table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Schema</th><th scope="col">Meaning</th></tr></thead><tbody>${parameters
    .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? ' (required)' : ''}</td><td>${escape(p.in)}</td><td>${schemaHtml(describeSchema(p.schema))}</td><td>${inline(p.description)}</td></tr>`)
    .join('')}</tbody></table>`;
  const body = operation.requestBody ? `<h4>Request body</h4><p>${Object.keys(operation.requestBody.content).map((type) => `<code>${escape(type)}</code>`).join(', ')}: ${inline(operation.requestBody.description)}</p>` : '';
  const auth = operation.security && operation.security.length > 0 ? '<p class="auth">Needs a bearer token: <code>Authorization: Bearer &lt;API_TOKEN&gt;</code>.</p>' : '';
  const responses = Object.entries(operation.responses).map(([status, response]) => responseRow(status, response, document.components.responses));
  return `<section id="${escape(operation.operationId)}" aria-labelledby="${escape(operation.operationId)}-title">
<h3 id="${escape(operation.operationId)}-title"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p>${inline(operation.summary)}.</p>${operation.description ? prose(operation.description) : ''}${auth}
<h4>Parameters</h4>${parameterTable}${body}
<h4>Responses</h4><table><thead><tr><th scope="col">Status</th><th scope="col">When</th><th scope="col">Body</th></tr></thead><tbody>${responses.join('')}</tbody></table>
</section>`;
}

export function referencePage(document: OpenApiDocument, stylesheetHref: string, documentHref: string): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })));
  const schemas = Object.entries(document.components.schemas as Record<string, JsonSchema>);
  const schemaSection = ([name, schema]: [string, JsonSchema]) => {
    const table = schema.type === 'object' ? `<table><thead><tr><th scope="col">Field</th><th scope="col"></th><th scope="col">Schema</th></tr></thead><tbody>${rows(schema).join('')}</tbody></table>` : `<p>${schemaHtml(describeSchema(schema))}</p>`;
    return `<section id="schema-${escape(name)}" aria-labelledby="schema-${escape(name)}-title"><h3 id="schema-${escape(name)}-title">${escape(name)}</h3>${table}</section>`;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)} ${escape(document.info.version)}: reference</title>
<link rel="stylesheet" href="${escape(stylesheetHref)}">
</head>
<body>
<header><h1>${escape(document.info.title)} <span class="version">${escape(document.info.version)}</span></h1>
<p>${inline(document.info.summary)} The contract as a document: <a href="${escape(documentHref)}">OpenAPI ${escape(document.openapi)}</a>.</p></header>
<nav aria-label="Endpoints"><h2>Endpoints</h2><ul>${operations.map(({ path, method, operation }) => `<li><a href="#${escape(operation.operationId)}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></a></li>`).join('')}</ul></nav>
<main>
<section aria-labelledby="about"><h2 id="about">About</h2>${prose(document.info.description)}</section>
<h2>Endpoints</h2>
${operations.map(({ path, method, operation }) => operationHtml(method, path, operation, document)).join('\n')}
<h2>Schemas</h2>
${schemas.map(schemaSection).join('\n')}
</main>
</body>
</html>
`;
}
