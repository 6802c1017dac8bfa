import { asc, desc, gt } from 'drizzle-orm';
import type { RequestContext } from '../context';
import { sm3 } from '../crypto/sm';
import { type Executor, queryRows, sql } from '../db/client';
import { auditLog } from './audit.tables';
import { canonicalJson } from './canonical';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  changes?: FieldChanges;
}

const GENESIS = '0'.repeat(64);
/** One writer at a time extends the chain; the lock is released when the surrounding transaction ends. */
const CHAIN_LOCK = 0x64616e64;

interface ChainRow {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
}

export function hashAuditRow(row: ChainRow): string {
  return sm3(row.prevHash + canonicalJson({ ...row, at: new Date(row.at).toISOString() }));
}

/**
 * Appends one entry to the chain. Call it inside the transaction of the write it records, so that the change and
 * its audit row commit or roll back together.
 */
export async function recordAudit(tx: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const row: ChainRow = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(Math.floor(ctx.now.getTime())),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? (ctx.actor ? null : '系统'),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? {},
    requestId: ctx.requestId,
    ip: ctx.ip,
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...row, hash: hashAuditRow(row) });
}

/** Before/after of the fields that differ; secrets are never passed in here. */
export function diffFields<T extends object>(before: T | null, after: T | null, fields: (keyof T & string)[]): FieldChanges {
  const changes: FieldChanges = {};
  const read = (row: T | null, f: string) => (row ? ((row as Record<string, unknown>)[f] ?? null) : null);
  for (const f of fields) {
    const b = read(before, f);
    const a = read(after, f);
    if (canonicalJson(b) !== canonicalJson(a)) changes[String(f)] = { before: b, after: a };
  }
  return changes;
}

export interface VerifyResult {
  ok: boolean;
  count: number;
  firstBad?: { seq: number; reason: string };
}

/** Walks the whole chain in pages, recomputing every hash; stops at the first row that does not link. */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      if (row.seq !== expectedSeq) return { ok: false, count, firstBad: { seq: expectedSeq, reason: '缺失（已被删除）' } };
      if (row.prevHash !== prevHash) return { ok: false, count, firstBad: { seq: row.seq, reason: '与上一条的哈希不衔接' } };
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash) return { ok: false, count, firstBad: { seq: row.seq, reason: '内容与哈希不符（已被改动）' } };
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
  return { ok: true, count };
}

/** Rows in the chain, for health checks and tests. */
export async function countAuditRows(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
  return row?.n ?? 0;
}
