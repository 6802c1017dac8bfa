import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serverNodeFlags } from '../../../../scripts/server-node-flags.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const bin = join(root, 'packages/server/bin/dandang.mjs');
export const ADMIN_PASSWORD = 'E2e-Admin-2026!x';
export const DEMO_PASSWORD = 'E2e-Demo-2026!x';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminPassword: string;
    demoPassword: string;
    clockOffsetFile: string;
  }
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer /api/health:\n${log()}`);
}

/**
 * Starts one product instance on a fresh embedded database with the demo county loaded, exactly as a user would
 * (the CLI's `seed --demo`, then `serve`), and tears it down after the run.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dandang-e2e-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = {
    ...process.env,
    DANDANG_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DANDANG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANDANG_DEMO_PASSWORD: DEMO_PASSWORD,
    // Every journey signs in from 127.0.0.1; the per-IP login limit would couple the files' timing to each other.
    DANDANG_LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'warn',
    // A journey that must wait out a notice period moves the server's clock forward by writing days here.
    DANDANG_CLOCK_OFFSET_FILE: join(dataDir, 'clock-offset'),
  };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  const seed = spawnSync(process.execPath, [bin, 'seed', '--demo', '--cadres', '300'], { env, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}${seed.stdout}`);
  let output = '';
  const server = spawn(process.execPath, [...serverNodeFlags(), bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('adminPassword', ADMIN_PASSWORD);
  project.provide('demoPassword', DEMO_PASSWORD);
  project.provide('clockOffsetFile', env.DANDANG_CLOCK_OFFSET_FILE);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
}
