// The official Data Package v2 profile (src/data-package/profile/datapackage-2.0.json, copied from
// frictionlessdata/datapackage) compiled by Ajv. Node compiles it at run time (the command line
// and the server); the browser gets plain generated code through a Vite plugin, because the page's
// Content-Security-Policy has no 'unsafe-eval'. Both come from the same Ajv options, so they find
// the same problems.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PROFILE = fileURLToPath(new URL('../src/data-package/profile/datapackage-2.0.json', import.meta.url));
const VIRTUAL_ID = 'virtual:datapackage-profile';

function compile(source) {
  // strict: false because the profile carries display keywords (propertyOrder, context, examples).
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source, esm: source, lines: false } });
  addFormats(ajv, ['uri', 'email', 'date-time']);
  ajv.addFormat('textarea', true);
  return { ajv, validate: ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8'))) };
}

/** The profile's validation function, compiled now (Node only). */
export const compileProfile = () => compile(false).validate;

/** Serves `virtual:datapackage-profile`: the validation function as an ES module. */
export function datapackageProfile() {
  return {
    name: 'datapackage-profile',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      const { ajv, validate } = compile(true);
      const imports = [];
      // Ajv's standalone code loads its runtime helpers with require() even as an ES module, and
      // reads them as CommonJS exports (`require(...).default`). A bundler's namespace of a
      // CommonJS module gives either those exports as `default` or their `default` itself (the
      // page's and the worker's builds differ): `asExports` turns either back into the exports.
      const code = standaloneCode(ajv, validate).replace(/require\("([^"]+)"\)/g, (_match, path) => {
        const name = `runtime${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(`${path}.js`)};`);
        return `asExports(${name})`;
      });
      const asExports = 'const asExports = (namespace) => (namespace.default?.__esModule ? namespace.default : { ...namespace, default: namespace.default });';
      return `${imports.join('\n')}\n${asExports}\n${code}`;
    },
  };
}
