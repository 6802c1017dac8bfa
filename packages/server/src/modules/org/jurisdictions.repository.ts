import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { jurisdictions } from './org.tables';

export const listJurisdictions = (db: Executor) => db.select().from(jurisdictions).orderBy(asc(jurisdictions.code));

export async function findJurisdiction(db: Executor, id: string) {
  const [row] = await db.select().from(jurisdictions).where(eq(jurisdictions.id, id)).limit(1);
  return row ?? null;
}
