// Runs the tests the way a busy machine would: two CPU-bound processes beside them, the unit and
// component suite three times in a row, then the whole `npm test` once. Any failure stops the run
// with that run's exit code. Usage: npm run test:stress [-- --unit-only] [-- --runs N]
import { spawn, spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const unitOnly = args.includes('--unit-only');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs, 1 or more.');
  process.exit(2);
}

// Each loop also ends by itself once this script is gone (killed with no chance to clean up).
const busyLoop = 'const parent = process.ppid; for (let i = 1; ; i++) if (i % 1e8 === 0 && process.ppid !== parent) process.exit();';
const loops = [0, 1].map(() => spawn(process.execPath, ['-e', busyLoop], { stdio: 'ignore' }));
const stopLoops = () => loops.forEach((loop) => loop.kill('SIGKILL'));
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function run(label, command, commandArgs) {
  const started = Date.now();
  console.log(`\n== ${label} (two CPU-bound loops running) ==`);
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (status !== 0) {
    console.error(`\n${label} failed (exit ${status}) after ${seconds} s`);
    process.exit(status ?? 1);
  }
  console.log(`${label} passed in ${seconds} s`);
}

for (let i = 1; i <= runs; i++) run(`unit and component suite, run ${i} of ${runs}`, 'npx', ['vitest', 'run']);
if (!unitOnly) run('npm test', 'npm', ['test']);
console.log('\nAll passed under load.');
