// npm 11 does not run msw's postinstall, so the committed worker script is not refreshed by
// itself: an msw upgrade without `npx msw init public` would pair a new library with an old
// worker. This test catches that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('public/mockServiceWorker.js', () => {
  it('matches the installed msw version', () => {
    const worker = readFileSync('public/mockServiceWorker.js', 'utf8');
    const installed = JSON.parse(readFileSync('node_modules/msw/package.json', 'utf8')) as { version: string };
    expect(worker.match(/PACKAGE_VERSION = '([^']+)'/)?.[1]).toBe(installed.version);
  });
});
