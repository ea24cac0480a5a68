// The response schemas (zod) are a chunk of their own, loaded once for the page: boot.ts asks
// for them while the app's code loads, the client when a response needs checking (issue #7).
// Once loaded they are kept here, so a response that comes after needs no second import():
// an import() of a module already loaded still resolves a task later, and on the first load
// that task waited in line behind the page's other work, between the first answers and the
// first chart. A failed load stays failed (browsers keep it for the page's lifetime).
type Schemas = typeof import('./schemas');

let loading: Promise<Schemas> | undefined;
let loaded: Schemas | undefined;

export function loadSchemas(): Promise<Schemas> {
  loading ??= import('./schemas').then((schemas) => (loaded = schemas));
  return loading;
}

/** The schemas if already loaded, without waiting. */
export const loadedSchemas = (): Schemas | undefined => loaded;
