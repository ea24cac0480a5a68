import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.config';

/**
 * Writes the policy into the built index.html as a <meta> tag, so the build carries it to any
 * static host (frame-ancestors only works as a header: the preview server and public/_headers
 * send that). Build only: the dev server injects an inline React Refresh preamble.
 */
function cspMeta(policy: string): Plugin {
  const metaPolicy = policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' }],
  };
}

/**
 * src/boot.ts as an entry of its own, loaded by an `async` module script: it runs as soon as it
 * arrives, while the app's entry is still downloading (a second module script in index.html
 * would be bundled into the entry, and an ordinary one would wait for it).
 */
function bootScript(): Plugin {
  const source = 'src/boot.ts';
  let base = '/';
  return {
    name: 'boot-script',
    configResolved: (config) => {
      base = config.base;
    },
    config: (_config, { command }) => (command === 'build' ? { build: { rolldownOptions: { input: { index: 'index.html', boot: source } } } } : {}),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const boot = bundle && Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'boot');
        const src = boot ? `${base}${boot.fileName}` : `/${source}`;
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: Boolean(boot), src }, injectTo: 'head' }];
      },
    },
  };
}

// The libraries of the real-API build's `vendor` chunk (firstLoadChunk): all the first load's
// but recharts and the two helpers its lazily loaded series share with it.
const FIRST_LOAD_VENDOR = /node_modules\/(?!recharts\/|es-toolkit\/|tiny-invariant\/)/;

/**
 * Our modules that the entry imports statically (and what they import) in one chunk, `app`.
 * Left to itself, rolldown puts the modules lazy chunks share with the entry (the model, the
 * contract) into small common chunks, each fetched at start as a file of its own and compressed
 * alone: ~2 KB gzip more on the first load (issue #7). Libraries reached only through a barrel
 * (recharts' Bar, loaded when first picked) stay out, since only our own modules are matched.
 * The boot script is an entry of its own; the few modules it shares with the app (boot.ts) go in
 * a small chunk of their own, `boot-shared`, so that it never waits for the app's chunk. With a
 * real API server, the first load's libraries but recharts are a second chunk, `vendor` (below).
 */
function firstLoadChunk(entry: string, bootEntry: string, { splitVendor }: { splitVendor: boolean }): Plugin {
  const ours = fileURLToPath(new URL('./src/', import.meta.url));
  const firstLoad = new Set<string>();
  const bootShared = new Set<string>();
  return {
    name: 'first-load-chunk',
    apply: 'build',
    buildEnd() {
      const reachable = (from: string, into: Set<string>) => {
        const start = [...this.getModuleIds()].find((id) => id.endsWith(from));
        const stack = start ? [start] : [];
        while (stack.length > 0) {
          const id = stack.pop() as string;
          if (into.has(id)) continue;
          into.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      };
      reachable(entry, firstLoad);
      reachable(bootEntry, bootShared);
      for (const id of [...bootShared]) if (id.endsWith(bootEntry) || !firstLoad.has(id)) bootShared.delete(id);
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                // What the boot script shares with the app: a small chunk of its own, so the boot
                // script does not wait for the app's.
                { name: 'boot-shared', test: (id: string) => bootShared.has(id) },
                // With a real API server, the first load's libraries but recharts: half the
                // entry's code in a file of its own, compiled beside the other half. The
                // browser compiles each script on a thread of its own as it arrives; one 740 KB
                // file was compiled in one (issue #7: first chart −63 ms, 20 interleaved loads).
                // recharts and the two helpers its lazily loaded series (Bar, Area) share with
                // it stay in the app's chunk, so that those series do not join the first load.
                // Not in the embedded build: there the mock API's chunk compiles in the same
                // window and the first answers wait for it, and a third script compiling on
                // two cores put the first chart 75-155 ms later (two sets of 12-15 loads).
                ...(splitVendor ? [{ name: 'vendor', test: (id: string) => firstLoad.has(id) && FIRST_LOAD_VENDOR.test(id) }] : []),
                { name: 'app', test: (id: string) => firstLoad.has(id) && id.startsWith(ours) },
              ],
            },
          },
        },
      },
    }),
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const policy = contentSecurityPolicy(env.VITE_API_BASE_URL);
  return {
    plugins: [react(), tailwindcss(), cspMeta(policy), bootScript(), firstLoadChunk('src/main.tsx', 'src/boot.ts', { splitVendor: Boolean(env.VITE_API_BASE_URL) })],
    resolve: {
      // The mock API's cookie store needs no Public Suffix List: see mocks/tldts-lite.ts.
      // Stand-ins that keep unused code out of the bundles (see each file). The scale build
      // serves the benchmark's synthetic dataset: see mocks/scale-api.ts.
      alias: {
        tldts: fileURLToPath(new URL('./mocks/tldts-lite.ts', import.meta.url)),
        // recharts' time scales' default tick labels, which no chart here uses: see the file.
        'd3-time-format': fileURLToPath(new URL('./src/lib/d3-time-format-lite.ts', import.meta.url)),
        ...(mode === 'scale' ? { './scale-api': fileURLToPath(new URL('./bench/scale/api.ts', import.meta.url)) } : {}),
      },
    },
    build: {
      target: 'es2022',
      // The browsers Tailwind 4 supports (its docs: Safari 16.4+, Chrome 111+, Firefox 128+), all
      // of which read oklch() colours: a lower target had Lightning CSS write every colour twice
      // (rgb, then lab() under @supports), bytes of the first load for browsers in which Tailwind
      // 4's own CSS (@property, color-mix) does not work anyway.
      cssTarget: ['chrome111', 'edge111', 'firefox128', 'safari16.4'],
      sourcemap: true,
      // Every browser the build targets (es2022) that lacks modulepreload still loads the chunks,
      // a moment later: not worth Vite's polyfill on every first load.
      modulePreload: { polyfill: false },
      // The benchmark's scale build (npm run bench) goes beside the app's, never over it.
      ...(mode === 'scale' ? { outDir: 'dist-scale', emptyOutDir: true } : {}),
    },
    // The built app is served with a strict policy: no inline script, data only from the API.
    preview: {
      headers: { 'Content-Security-Policy': policy },
    },
  };
});
