// A throwaway PostgreSQL cluster for tests and CI: Debian's programs, a temporary folder for the data
// and the socket, a free port on 127.0.0.1, trust authentication, no durability. stop() removes it all.
// Nothing system-wide is started or changed, so it runs beside any other PostgreSQL on the machine.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCluster {
  /** postgres://… to the cluster's `postgres` database, as DATABASE_URL takes it. */
  url: string;
  /** The URL of the same cluster with another database. */
  urlOf(database: string): string;
  /** Stops the cluster and removes its folder. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'The PostgreSQL tests start a cluster of their own from its programs (initdb, pg_ctl, pg_isready). ' +
  'Install them with `sudo apt-get install postgresql` (Debian, Ubuntu: .ci/run does it), or set PG_BIN to the folder that holds them.';

/** The folder of initdb and pg_ctl: PG_BIN, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'initdb'))) throw new Error(`PG_BIN is ${fromEnv}, which has no initdb. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`PostgreSQL is not installed: no ${root}/*/bin/initdb. ${INSTALL_HINT}`);
  return join(root, newest, 'bin');
}

/** initdb refuses to run as root, so root runs the cluster as Debian's `postgres` system user. */
async function asClusterUser(): Promise<(command: string, args: string[]) => [string, string[]]> {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  await run('id', ['-u', 'postgres']).catch(() => {
    throw new Error(`Running as root, the test cluster needs the postgres system user, which Debian's postgresql package creates. ${INSTALL_HINT}`);
  });
  return (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No free port was given.');
  return address.port;
}

const logOf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '(no log)');

/** A log line that means the server stopped; pg_isready's own early tries log "starting up". */
const isFailure = (line: string) => /FATAL|PANIC/.test(line) && !/starting up|not yet accepting connections/.test(line);

/** Polls pg_isready until the server accepts connections; fails early when its log says it stopped. */
async function waitUntilReady(bin: string, port: number, log: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await run(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres']).then(() => true, () => false);
    if (ready) return;
    const text = logOf(log);
    if (text.split('\n').some(isFailure)) throw new Error(`PostgreSQL did not start:\n${text}`);
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within ${timeoutMs} ms:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a new cluster; the caller stops it. */
export async function startCluster(): Promise<TestCluster> {
  const bin = postgresBin();
  const command = await asClusterUser();
  const as = (program: string, args: string[]) => run(...command(program, args));
  // Made by the user that runs the cluster, so that it owns the folder.
  const folder = (await as('mktemp', ['-d', join(tmpdir(), 'pg-test-XXXXXX')])).stdout.trim();
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  // A run that ends without stop() (a crash, an interrupted test) still takes its cluster with it.
  const stopAtExit = () => {
    if (existsSync(join(data, 'postmaster.pid'))) execFileSync(...command(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', stopAtExit);
  const stop = async () => {
    process.off('exit', stopAtExit);
    if (existsSync(join(data, 'postmaster.pid'))) await as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    // Durability is off: the cluster lives as long as the tests do.
    const settings = `-c port=${port} -c listen_addresses=127.0.0.1 -c "unix_socket_directories=${folder}" -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await as(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', settings, '-W', 'start']);
    await waitUntilReady(bin, port, log);
    const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    return { url: urlOf('postgres'), urlOf, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
