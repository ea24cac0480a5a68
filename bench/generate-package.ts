// Writes the synthetic package of bench/synthetic-package.ts to disk: by default the benchmark's
// 100 indicators × 20 regions × 500 months = 1,000,000 observations (synthetic, not real data).
// Usage: npx tsx bench/generate-package.ts [--out bench/synthetic] [--indicators 100]
//        [--entities 20] [--months 500] [--zip]   (--zip also writes <out>.zip)
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MILLION, SYNTHETIC_LABEL, syntheticPackage } from './synthetic-package';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]) || fallback;
};
const out = process.argv.includes('--out') ? (process.argv[process.argv.indexOf('--out') + 1] ?? 'bench/synthetic') : 'bench/synthetic';
const options = { indicators: option('--indicators', MILLION.indicators), entities: option('--entities', MILLION.entities), months: option('--months', MILLION.months) };

const started = Date.now();
const files = syntheticPackage(options);
mkdirSync(out, { recursive: true });
for (const [path, text] of files) writeFileSync(join(out, path), text);
if (process.argv.includes('--zip')) {
  const entries = Object.fromEntries(readdirSync(out).map((name) => [name, new Uint8Array(readFileSync(join(out, name)))]));
  writeFileSync(`${out}.zip`, zipSync(entries, { level: 6 }));
}
const bytes = [...files.values()].reduce((total, text) => total + Buffer.byteLength(text), 0);
const count = options.indicators * options.entities * options.months;
console.log(`${out}: ${count} observations (${SYNTHETIC_LABEL}), ${(bytes / 1e6).toFixed(1)} MB of CSV, in ${Date.now() - started} ms`);
