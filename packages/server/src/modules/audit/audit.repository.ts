import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/audit.tables';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { loginLog } from '../auth/auth.tables';

export interface OperationFilter {
  actor?: string;
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
}

export interface LoginFilter {
  username?: string;
  result?: string;
  from?: string;
  to?: string;
}

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const dayEnd = (d: string) => new Date(`${d}T23:59:59.999+08:00`);

function operationWhere(f: OperationFilter): SQL | undefined {
  return and(
    f.actor ? ilike(auditLog.actorName, containsPattern(f.actor)) : undefined,
    f.action ? ilike(auditLog.action, containsPattern(f.action)) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.from ? gte(auditLog.at, dayStart(f.from)) : undefined,
    f.to ? lte(auditLog.at, dayEnd(f.to)) : undefined,
  );
}

function loginWhere(f: LoginFilter): SQL | undefined {
  return and(
    f.username ? ilike(loginLog.username, containsPattern(f.username)) : undefined,
    f.result ? eq(loginLog.result, f.result) : undefined,
    f.from ? gte(loginLog.at, dayStart(f.from)) : undefined,
    f.to ? lte(loginLog.at, dayEnd(f.to)) : undefined,
  );
}

export async function pageOperations(db: Executor, f: OperationFilter, limit: number, offset: number) {
  const where = operationWhere(f);
  const items = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function pageLogins(db: Executor, f: LoginFilter, limit: number, offset: number) {
  const where = loginWhere(f);
  const items = await db.select().from(loginLog).where(where).orderBy(desc(loginLog.at)).limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(loginLog).where(where);
  return { items, total: total?.n ?? 0 };
}

/** Pages of a filtered list for the streamed export, newest first. */
export async function* allPages<T>(fetch: (limit: number, offset: number) => Promise<{ items: T[] }>, size = 2000) {
  for (let offset = 0; ; offset += size) {
    const { items } = await fetch(size, offset);
    if (items.length === 0) return;
    yield items;
    if (items.length < size) return;
  }
}
