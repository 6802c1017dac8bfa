import { and, desc, eq, isNull, lte, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { policies } from './policy.tables';

export const listPolicies = (db: Executor) =>
  db
    .select({
      id: policies.id,
      jurisdictionId: policies.jurisdictionId,
      code: policies.code,
      versionNo: policies.versionNo,
      name: policies.name,
      status: policies.status,
      effectiveFrom: policies.effectiveFrom,
      basedOnId: policies.basedOnId,
      updatedAt: policies.updatedAt,
      version: policies.version,
    })
    .from(policies)
    .orderBy(policies.code, desc(policies.versionNo));

export async function findPolicy(db: Executor, id: string) {
  const [row] = await db.select().from(policies).where(eq(policies.id, id)).limit(1);
  return row ?? null;
}

export type PolicyRow = NonNullable<Awaited<ReturnType<typeof findPolicy>>>;

export async function nextVersionNo(db: Executor, code: string): Promise<number> {
  const [row] = await db
    .select({ n: max(policies.versionNo) })
    .from(policies)
    .where(eq(policies.code, code));
  return (row?.n ?? 0) + 1;
}

export async function insertPolicy(db: Executor, values: typeof policies.$inferInsert) {
  await db.insert(policies).values(values);
}

export async function updatePolicy(db: Executor, id: string, version: number, values: Partial<typeof policies.$inferInsert>, at: Date) {
  const [row] = await db
    .update(policies)
    .set({ ...values, updatedAt: at, version: sql`${policies.version} + 1` })
    .where(and(eq(policies.id, id), eq(policies.version, version)))
    .returning({ id: policies.id });
  return row;
}

/**
 * The version in force on a date: the jurisdiction's own active version with the latest start not after the date,
 * else the national default's. A case stores the id this returns.
 */
export async function findEffective(db: Executor, date: string, jurisdictionId: string | null) {
  const rows = await db
    .select()
    .from(policies)
    .where(
      and(
        eq(policies.status, 'active'),
        lte(policies.effectiveFrom, date),
        jurisdictionId ? or(eq(policies.jurisdictionId, jurisdictionId), isNull(policies.jurisdictionId)) : isNull(policies.jurisdictionId),
      ),
    )
    .orderBy(sql`${policies.jurisdictionId} is null`, desc(policies.effectiveFrom), desc(policies.versionNo))
    .limit(1);
  return rows[0] ?? null;
}
