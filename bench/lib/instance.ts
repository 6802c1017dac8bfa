import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverNodeFlags } from '../../scripts/server-node-flags.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/server/bin/dandang.mjs');
export const DEMO_PASSWORD = 'Bench-Demo-2026!x';

export interface InstanceOptions {
  /** The PostgreSQL database; empty for the embedded engine (PGlite in `dataDir`). */
  databaseUrl: string;
  dataDir: string;
  /** Log every SQL statement to this file (see packages/server/src/platform/db/statement-log.ts). */
  statementLog?: string;
}

function env(options: InstanceOptions, port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    DANDANG_DATA_DIR: options.dataDir,
    DANDANG_DEMO_PASSWORD: DEMO_PASSWORD,
    DANDANG_ADMIN_PASSWORD: DEMO_PASSWORD,
    DANDANG_LOGIN_RATE_LIMIT: '100000',
    // The ballot benchmark casts thousands of ballots a minute from one address.
    DANDANG_BALLOT_RATE_LIMIT: '10000000',
    DANDANG_SQL_LOG: options.statementLog ?? '',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}),
  };
}

/** BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops, to see where a benchmark's time goes. */
function profileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/**
 * The seed builds the whole county in memory before writing it (some 8 KiB per cadre with its posts, grades and
 * measures), beyond V8's default heap at a million cadres.
 */
const SEED_HEAP_MIB = 12288;

/** Loads the demo county with `cadres` cadres through the product's own CLI; answers the seconds it took. */
export function seedDemo(options: InstanceOptions, cadres: number): number {
  const started = performance.now();
  const args = [`--max-old-space-size=${SEED_HEAP_MIB}`, bin, 'seed', '--demo', '--cadres', String(cadres)];
  const run = spawnSync(process.execPath, args, { env: env(options), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`seed failed:\n${run.stderr}${run.stdout}`);
  return (performance.now() - started) / 1000;
}

/** One running server process, as `npm start` would run it, with its memory readable from /proc. */
export class Instance {
  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(options: InstanceOptions): Promise<Instance> {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [...serverNodeFlags(), ...profileFlags(), bin, 'serve'], {
      env: env(options, port),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
      if (process.env.BENCH_SERVER_STDERR) process.stderr.write(d);
    });
    const instance = new Instance(`http://127.0.0.1:${port}`, child);
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`server exited:\n${stderr}`);
      try {
        if ((await fetch(`${instance.baseUrl}/api/health`)).ok) return instance;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server did not start:\n${stderr}`);
  }

  /** `bin/dandang.mjs` loads the CLI in-process (tsx's loader), so the spawned process is the server itself. */
  private serverPid(): number {
    return this.child.pid as number;
  }

  /** Forgets the peak so the next reading covers only what follows (Linux: clear_refs 5 resets VmHWM). */
  resetPeakRss(): void {
    writeFileSync(`/proc/${this.serverPid()}/clear_refs`, '5');
  }

  private statusMiB(field: 'VmHWM' | 'VmRSS'): number {
    const status = readFileSync(`/proc/${this.serverPid()}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  }

  /** Peak resident memory of the server process since start or the last reset, in MiB. */
  peakRssMiB(): number {
    return this.statusMiB('VmHWM');
  }

  /** Resident memory of the server process now, in MiB. */
  rssMiB(): number {
    return this.statusMiB('VmRSS');
  }

  /** Stops the server; one that already ended (it crashed) is not waited for, or the wait would never end. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
  }
}
