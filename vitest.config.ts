import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bundledPackage } from './scripts/bundled-package-plugin';
import { datapackageProfile } from './scripts/profile-validator.mjs';

export default defineConfig({
  plugins: [react(), bundledPackage(), datapackageProfile()],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'bench/**/*.test.ts', 'server/**/*.test.ts', 'tests/integration/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts', 'tests/contract/**/*.test.ts'],
    css: false,
    restoreMocks: true,
    // Whole-app tests render four panels in jsdom; on a busy 2-core machine that can pass 5 s.
    testTimeout: 20_000,
  },
});
