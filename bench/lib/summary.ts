import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';
import { commit } from './report';

const resultsDir = new URL('../results/', import.meta.url).pathname;

/** One named figure (a number, or the text of a size) as summary.json holds it. */
export type Figures = Record<string, number | string>;

/**
 * Writes the run's figures as one flat object and answers the file's path: bench/results/summary.json only for a
 * whole full run with every benchmark passing; summary.quick.json for the quick run and summary.partial.json for any
 * other, so that neither replaces the committed figures.
 */
export function writeSummary(kind: 'full' | 'quick' | 'partial', machine: Machine, figures: Figures): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, kind === 'full' ? 'summary.json' : `summary.${kind}.json`);
  const summary = { mode: kind, at: new Date().toISOString(), commit: commit(), ...machine, ...figures };
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
