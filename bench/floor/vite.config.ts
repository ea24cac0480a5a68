// Builds the floor app (bench/floor) into bench/dist, with the same React plugin and target as
// the dashboard, so the comparison is about what each app ships, not how it is built.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../dist', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
