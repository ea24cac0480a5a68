// Lint rules that hold the architecture (STYLE.md "What a linter can hold for us"): layers
// import downwards only (lib, ui < api < state < model < charts < hooks < features < app),
// features never import each other, src never imports mocks (main.tsx's dynamic imports
// aside), and mocks import only the API contract.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const above = (...layers) => layers.map((name) => `./src/${name}`);
const LAYER_ZONES = [
  { target: './src/lib', from: above('api', 'state', 'model', 'charts', 'hooks', 'features', 'app'), message: 'lib is the bottom layer.' },
  { target: './src/ui', from: above('api', 'state', 'model', 'charts', 'hooks', 'features', 'app'), message: 'ui primitives know no domain.' },
  { target: './src/api', from: above('state', 'model', 'charts', 'hooks', 'features', 'app'), message: 'api sits below state and model.' },
  { target: './src/state', from: above('model', 'charts', 'hooks', 'features', 'app'), message: 'state knows no view code.' },
  { target: './src/model', from: above('charts', 'hooks', 'features', 'app'), message: 'model is pure.' },
  { target: './src/charts', from: [...above('hooks', 'features', 'app'), './src/state/filters.ts', './src/state/url-sync.ts', './src/state/deck.ts', './src/api/client.ts', './src/api/queries.ts'], message: 'charts draw props; they never fetch or read stores.' },
  { target: './src/hooks', from: above('export', 'features', 'app'), message: 'hooks sit below features.' },
  { target: './src/export', from: [...above('features', 'app', 'hooks'), './src/state/filters.ts', './src/api/client.ts', './src/api/queries.ts'], message: 'export draws ChartViews; it does not fetch or read stores.' },
  { target: './src/features/panels', from: ['./src/features/filter-bar'], message: 'features do not import each other.' },
  { target: './src/features/filter-bar', from: ['./src/features/panels'], message: 'features do not import each other.' },
  { target: './src', from: './mocks', message: 'the app reaches the mock API only through its client (main.tsx loads it by dynamic import).' },
  { target: './mocks', from: above('app', 'features', 'charts', 'hooks', 'state', 'model', 'lib', 'ui'), message: 'mocks import only the API contract.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-real-api', 'dist-scale', 'bench/dist', 'public/mockServiceWorker.js', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // Text from the API is data, never markup.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render API text as text.' }],
    },
  },
  {
    // Pure model code: no React, no charting, no store.
    files: ['src/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['react', 'recharts', 'zustand', '@tanstack/react-query'] }] },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['zustand', '@tanstack/react-query'] }] },
  },
  {
    // The composition roots: main.tsx picks the mock API (in the page, or MSW's worker in dev) by
    // dynamic import only, as the embed's entry does; the dataset worker serves an opened package
    // through mocks/worker-host.ts.
    files: ['src/main.tsx', 'src/embed/embed-main.tsx', 'src/features/datasets/dataset-worker.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES.filter((zone) => zone.from !== './mocks') }] },
  },
  {
    // Tests start msw/node (mocks/node.ts) to answer the network.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      'max-lines': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES.filter((zone) => zone.from !== './mocks') }],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'tests/e2e/**', 'scripts/**', 'vite.config.ts', 'vitest*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
