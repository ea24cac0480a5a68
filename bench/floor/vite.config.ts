// Builds the floor app (bench/floor) into bench/dist, with the same React plugin and target as
// the dashboard, so the comparison is about what each app ships, not how it is built.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // The same stand-in as the dashboard's build (src/lib/d3-time-format-lite.ts): the floor draws
  // no time scale either, so what one build leaves out the other does too.
  resolve: { alias: { 'd3-time-format': fileURLToPath(new URL('../../src/lib/d3-time-format-lite.ts', import.meta.url)) } },
  // Vite's modulepreload polyfill left out, as in the dashboard's build (vite.config.ts).
  build: { target: 'es2022', modulePreload: { polyfill: false }, outDir: fileURLToPath(new URL('../dist', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
