import { caseNumber } from '@dandang/shared/cases/workflow';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseNumberSeqs } from './cases.tables';

/**
 * The next number of a prefix in a year. One upsert takes it: two cases opened at once wait on the same row and get
 * consecutive numbers, and a rolled-back opening gives its number back with the rest of its transaction.
 */
export async function nextCaseNumber(tx: Executor, prefix: string, year: number): Promise<{ number: string; seq: number }> {
  const result = (await tx.execute(sql`insert into ${caseNumberSeqs} (prefix, year, last) values (${prefix}, ${year}, 1)
    on conflict (prefix, year) do update set last = ${caseNumberSeqs}.last + 1
    returning last`)) as unknown as { rows: Array<{ last: number }> };
  const seq = Number(result.rows[0]?.last);
  return { number: caseNumber(prefix, year, seq), seq };
}
