import { and, asc, count, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { units } from '../org/org.tables';
import { cadres } from './cadres.tables';

const cadreColumns = {
  id: cadres.id,
  name: cadres.name,
  gender: cadres.gender,
  birthDate: cadres.birthDate,
  ethnicity: cadres.ethnicity,
  education: cadres.education,
  politicalStatus: cadres.politicalStatus,
  unitId: cadres.unitId,
  unitName: units.name,
  post: cadres.post,
  rank: cadres.rank,
  phone: cadres.phone,
  version: cadres.version,
};

export interface CadreFilter {
  unitId?: string;
  keyword?: string;
  page: number;
  pageSize: number;
}

export async function listCadres(db: Executor, scope: SQL | undefined, f: CadreFilter) {
  const where = and(
    scope,
    f.unitId ? eq(cadres.unitId, f.unitId) : undefined,
    f.keyword ? ilike(cadres.name, `${f.keyword.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  );
  const items = await db
    .select(cadreColumns)
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(where)
    .orderBy(asc(units.path), asc(cadres.name), asc(cadres.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await db.select({ n: count() }).from(cadres).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findCadre(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select(cadreColumns)
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function updateCadre(db: Executor, id: string, version: number, values: Partial<typeof cadres.$inferInsert>, at: Date) {
  const [row] = await db
    .update(cadres)
    .set({ ...values, updatedAt: at, version: sql`${cadres.version} + 1` })
    .where(and(eq(cadres.id, id), eq(cadres.version, version)))
    .returning({ id: cadres.id });
  return row;
}
