import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { serverNodeFlags } from '../../scripts/server-node-flags.mjs';

const resultsDir = new URL('../results/', import.meta.url).pathname;

/** The short commit the figures were measured at. */
export function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Writes one run's figures to bench/results/<timestamp>-<commit>.json and answers the file's path. */
export function writeResults(figures: Record<string, unknown>): string {
  mkdirSync(resultsDir, { recursive: true });
  const at = new Date().toISOString();
  const file = join(resultsDir, `${at.replace(/[:.]/g, '-')}-${commit()}.json`);
  const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, serverNodeFlags: serverNodeFlags() };
  writeFileSync(file, `${JSON.stringify({ at, commit: commit(), machine, ...figures }, null, 2)}\n`);
  return file;
}
