// Starts a throwaway PostgreSQL cluster (./cluster.ts) and keeps it until interrupted, for a server
// or a load test on PostgreSQL by hand. It prints the DATABASE_URL, then stops and removes the
// cluster on Ctrl-C or SIGTERM.
// Usage: npx tsx tests/postgres/run-cluster.ts   then, in another shell: DATABASE_URL=… npm run api
import { startCluster } from './cluster';

const cluster = await startCluster();
console.log(`DATABASE_URL=${cluster.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cluster.stop().then(() => process.exit(0));
  });
}
// Keeps the process alive until a signal comes.
setInterval(() => undefined, 60_000);
