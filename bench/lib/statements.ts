import { readFileSync, writeFileSync } from 'node:fs';
import type pg from 'pg';

export interface Statement {
  query: string;
  params: unknown[];
}

/** Empties the statement log so the next reading holds only what follows. */
export function clearStatementLog(file: string): void {
  writeFileSync(file, '');
}

/** The statements the app logged since the last clear, in the order it sent them. */
export function readStatementLog(file: string): Statement[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
}

/** Runs the statements one after another on `pool`, as the request did, discarding the rows. */
export async function replay(pool: pg.Pool, statements: Statement[]): Promise<void> {
  for (const s of statements) await pool.query(s.query, s.params as unknown[]);
}
