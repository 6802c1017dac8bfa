import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/*
 * The product as an operator runs it: `node <flags> packages/server/bin/dandang.mjs <command>`, configured by the
 * environment alone. The reliability drills start, stop and kill these processes; nothing runs in the test's own.
 */

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = `${root}packages/server/bin/dandang.mjs`;

/** The password of the first admin and of every demo account the drills sign in with. */
export const DRILL_PASSWORD = 'Drill-Pass-2026!x';
/** One field key for every process on a database, as a deployment of several instances must share one. */
const DRILL_FIELD_KEY = '5a'.repeat(32);

/** Where a process keeps its data: a PostgreSQL database, or the embedded engine in `dataDir` when there is no URL. */
export interface DataTarget {
  databaseUrl?: string;
  dataDir: string;
}

/** The environment `npm start` would be given for `target`. */
function productEnv(target: DataTarget, port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: target.databaseUrl ?? '',
    DANDANG_DATA_DIR: target.dataDir,
    DANDANG_FIELD_KEY: DRILL_FIELD_KEY,
    DANDANG_ADMIN_PASSWORD: DRILL_PASSWORD,
    DANDANG_DEMO_PASSWORD: DRILL_PASSWORD,
    DANDANG_LOGIN_RATE_LIMIT: '10000',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}),
  };
}

/** The Node.js flags of `npm start`, read from the script that owns them so the drills run the server as it runs. */
async function serverNodeFlags(): Promise<string[]> {
  const module = (await import(`${root}scripts/server-node-flags.mjs`)) as { serverNodeFlags(): string[] };
  return module.serverNodeFlags();
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one `dandang` command to its end; a non-zero exit is an error unless `allowFailure`. */
export function runCli(target: DataTarget, args: string[], options: { allowFailure?: boolean } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: productEnv(target), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('exit', (status) => {
      const run = { status, stdout, stderr };
      if (status !== 0 && !options.allowFailure) reject(new Error(`dandang ${args.join(' ')} exited ${status}:\n${stderr}${stdout}`));
      else resolve(run);
    });
  });
}

/** A running `dandang serve`. Every started process is tracked so a test's afterAll can end whatever is left. */
export class ServerProcess {
  private static readonly running = new Set<ServerProcess>();
  private stderr = '';

  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {
    child.stderr?.on('data', (d) => {
      this.stderr += d;
    });
  }

  /** Starts the server and waits until /api/health answers 200; answers the process and how long that took. */
  static async start(target: DataTarget): Promise<{ server: ServerProcess; readyMs: number }> {
    const started = performance.now();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [...(await serverNodeFlags()), bin, 'serve'], { env: productEnv(target, port), stdio: ['ignore', 'ignore', 'pipe'] });
    const server = new ServerProcess(`http://127.0.0.1:${port}`, child);
    ServerProcess.running.add(server);
    for (let i = 0; i < 480; i++) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited:\n${server.stderr}`);
      const res = await fetch(`${server.baseUrl}/api/health`).catch(() => null);
      if (res?.ok) return { server, readyMs: Math.round(performance.now() - started) };
      await new Promise((r) => setTimeout(r, 250));
    }
    await server.kill();
    throw new Error(`server did not start:\n${server.stderr}`);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** A graceful stop (SIGTERM: the server closes its connections and the database first). */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  /** `kill -9`: no handler runs, open transactions and files are left as they are. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    ServerProcess.running.delete(this);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill(signal);
    await exited;
  }

  /** Kills every server still running (for afterAll, whatever a failed test left behind). */
  static async killAll(): Promise<void> {
    await Promise.all([...ServerProcess.running].map((s) => s.kill()));
  }
}
