import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicy, headersFile, headersFor } from './csp.config';
import { bundledPackage } from './scripts/bundled-package-plugin';
import { datapackageProfile } from './scripts/profile-validator.mjs';

/**
 * Writes the policy into the built index.html as a <meta> tag, so the build carries it to any
 * static host (frame-ancestors only works as a header: the build's `_headers`, which the preview
 * serves, sends that). Build only: the dev server injects an inline React Refresh preamble.
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
 * The headers a host sends (docs/embed.md), fixed at build time: the build writes them into its
 * output as `_headers`, with the API origin it was built for, and `vite preview` serves that
 * file, whatever its own environment says, so the browser tests prove the headers a static host
 * gets: the embed may be framed by any page, the dashboard by none.
 */
function builtHeaders(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'built-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(apiBaseUrl) });
    },
    configurePreviewServer: (server) => {
      const file = resolve(server.config.root, server.config.build.outDir, '_headers');
      if (!existsSync(file)) throw new Error(`${file} is missing: this build predates its headers file; build it again.`);
      const rules = readFileSync(file, 'utf8');
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of headersFor(rules, new URL(request.url ?? '/', 'http://preview').pathname)) response.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The code both pages load at first (the dashboard's and the embed's static imports), in one
 * file: split by which page imports what, it made a dozen small files, each compressed apart and
 * so larger in all (docs/decisions.md). `isShared` answers once the module graph is complete.
 */
function sharedFirstLoad(entries: readonly string[]): { plugin: Plugin; isShared: (id: string) => boolean } {
  let shared = new Set<string>();
  const plugin: Plugin = {
    name: 'shared-first-load',
    apply: 'build',
    buildEnd() {
      const reachable = (entry: string) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
        };
        visit(entry);
        return seen;
      };
      const [first, ...others] = entries.map(reachable);
      shared = new Set([...(first ?? [])].filter((id) => others.every((set) => set.has(id))));
    },
  };
  return { plugin, isShared: (id) => shared.has(id) };
}

/**
 * Leaves MSW's worker script (public/, for the dev server) out of the build: production pages
 * register no service worker, and unregister one an earlier version left (main.tsx).
 */
function withoutMockWorker(): Plugin {
  let worker = '';
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      worker = resolve(config.root, config.build.outDir, 'mockServiceWorker.js');
    },
    closeBundle: () => rmSync(worker, { force: true }),
  };
}

// The vendor chunk's libraries: every library but those loaded on first use, which are named here
// (a new one must be added, or it joins the first load), and recharts with the helpers its lazily
// loaded series share. See docs/decisions.md.
const FIRST_LOAD_VENDOR = /node_modules\/(?!recharts\/|es-toolkit\/|tiny-invariant\/|pptxgenjs\/|jszip\/|zod\/|papaparse\/|fflate\/|ajv\/|ajv-formats\/|fast-deep-equal\/|fast-uri\/|json-schema-traverse\/)/;

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const policy = contentSecurityPolicy(env.VITE_API_BASE_URL);
  const pages = { main: fileURLToPath(new URL('./index.html', import.meta.url)), embed: fileURLToPath(new URL('./embed.html', import.meta.url)) };
  const firstLoad = sharedFirstLoad([fileURLToPath(new URL('./src/main.tsx', import.meta.url)), fileURLToPath(new URL('./src/embed/embed-main.tsx', import.meta.url))]);
  return {
    plugins: [react(), tailwindcss(), cspMeta(policy), builtHeaders(env.VITE_API_BASE_URL), firstLoad.plugin, withoutMockWorker(), bundledPackage(), datapackageProfile()],
    // The dataset worker (src/features/datasets/dataset-worker.ts) is a module worker that loads
    // chunks; Vite builds workers with their own plugins, so it gets the package's virtual modules too.
    worker: { format: 'es', plugins: () => [bundledPackage(), datapackageProfile()] },
    resolve: {
      // The scale build serves the benchmark's synthetic dataset: see mocks/scale-api.ts.
      alias: {
        // recharts' time scales' default tick labels, which no chart here uses: see the file.
        'd3-time-format': fileURLToPath(new URL('./src/lib/d3-time-format-lite.ts', import.meta.url)),
        ...(mode === 'scale' ? { './scale-api': fileURLToPath(new URL('./bench/scale/api.ts', import.meta.url)) } : {}),
      },
    },
    build: {
      target: 'es2022',
      // The browsers Tailwind 4 supports, all of which read oklch(): a lower target makes Lightning
      // CSS write every colour twice, for browsers in which Tailwind 4's own CSS fails anyway.
      cssTarget: ['chrome111', 'edge111', 'firefox128', 'safari16.4'],
      sourcemap: true,
      // Every browser the build targets (es2022) that lacks modulepreload still loads the chunks,
      // a moment later: not worth Vite's polyfill on every first load.
      modulePreload: { polyfill: false },
      // The first load's libraries in a file of their own, compiled beside the app's code on
      // another thread. Lazy libraries stay out, and so does recharts (its Bar and Area are lazy).
      // Two pages: the dashboard, and the embed of one chart (src/embed), framed by other sites.
      rolldownOptions: {
        input: pages,
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor', test: FIRST_LOAD_VENDOR, priority: 2 },
              { name: 'shared', test: (id) => firstLoad.isShared(id) && !id.includes('/node_modules/'), priority: 1 },
            ],
          },
        },
      },
      // The benchmark's scale build (npm run bench) goes beside the app's, never over it.
      ...(mode === 'scale' ? { outDir: 'dist-scale', emptyOutDir: true } : {}),
    },
    // The built app is served with a strict policy (no inline script, data only from the API),
    // and framed only as the embed: builtHeaders above.
  };
});
