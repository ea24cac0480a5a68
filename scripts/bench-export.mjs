// Export speed alone (npm run bench measures it too, with everything else): time from the click
// on a menu item to the finished file, for a 2x chart PNG and the whole-dashboard PNG.
// Usage: npm run bench:export [-- --runs 9]   (builds first; writes bench/results/export.json)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { exportRows, measureExports } from './bench-export-timing.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const port = 4399;
const baseUrl = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
process.on('exit', () => server.kill('SIGTERM'));
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(baseUrl)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  ...(await measureExports(browser, baseUrl, { runs })),
};
await browser.close();
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/export.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(['| export | median | min | max | runs |', '|---|---|---|---|---|', ...exportRows(result)].join('\n'));
process.exit(0);
