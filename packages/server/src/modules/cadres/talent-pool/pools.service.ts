import { type CreatePoolBody, POOL_LEVELS, type PoolBoard, type TalentPool, type UpdatePoolBody } from '@dandang/shared/cadres/talent-pool.schema';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { DomainError, notFound } from '../../../platform/errors';
import { requireUpdated } from '../../../platform/versioning';
import { memberScope } from './pool-facts';
import * as repo from './talent-pool.repository';

/* Pools themselves are county-wide lists anyone with talent_pool.read sees; their member counts follow the reader's scope. */

const AUDITED = ['name', 'field', 'specialty', 'level', 'description', 'active'] as const;
const noCounts = () => ({ NOMINATED: 0, ACTIVE: 0, REJECTED: 0, EXITED: 0 });

function present(row: repo.PoolRow, counts: TalentPool['counts'] = noCounts()): TalentPool {
  return { ...row, level: row.level as TalentPool['level'], counts, createdAt: row.createdAt.toISOString() };
}

async function countsByPool(db: Db, ctx: RequestContext, poolId?: string) {
  const byPool = new Map<string, TalentPool['counts']>();
  for (const { poolId: id, status, n } of await repo.countMembers(db, memberScope(ctx, 'talent_pool.read'), poolId)) {
    const counts = byPool.get(id) ?? noCounts();
    if (status in counts) counts[status as keyof TalentPool['counts']] = n;
    byPool.set(id, counts);
  }
  return byPool;
}

/** Open pools first, then by level from 科级 up, then by name. */
const byLevelAndName = (a: TalentPool, b: TalentPool) =>
  Number(b.active) - Number(a.active) || POOL_LEVELS.indexOf(a.level) - POOL_LEVELS.indexOf(b.level) || a.name.localeCompare(b.name, 'zh-CN');

export async function listPools(db: Db, ctx: RequestContext) {
  const counts = await countsByPool(db, ctx);
  return (await repo.listPools(db)).map((pool) => present(pool, counts.get(pool.id))).sort(byLevelAndName);
}

export async function requirePool(db: Db, id: string) {
  const pool = await repo.findPool(db, id);
  if (!pool) throw notFound();
  return pool;
}

export async function getPool(db: Db, ctx: RequestContext, id: string) {
  const pool = await requirePool(db, id);
  return present(pool, (await countsByPool(db, ctx, id)).get(id));
}

export async function createPool(db: Db, ctx: RequestContext, body: CreatePoolBody) {
  return db.transaction(async (tx) => {
    const { id } = await repo.insertPool(tx, { ...body, createdAt: ctx.now, updatedAt: ctx.now });
    const after = present((await repo.findPool(tx, id)) as repo.PoolRow);
    await recordAudit(tx, ctx, { action: 'talent_pool.create', entity: 'talent_pool', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

export async function updatePool(db: Db, ctx: RequestContext, id: string, body: UpdatePoolBody) {
  const before = present(await requirePool(db, id));
  const { version, ...values } = body;
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updatePool(tx, id, version, values, ctx.now));
    const after = present((await repo.findPool(tx, id)) as repo.PoolRow);
    await recordAudit(tx, ctx, { action: 'talent_pool.update', entity: 'talent_pool', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}

/** Only a pool nobody was ever nominated to may be deleted; one with history is deactivated instead. */
export async function deletePool(db: Db, ctx: RequestContext, id: string, version: number) {
  const before = present(await requirePool(db, id));
  if (await repo.hasMembers(db, id)) throw new DomainError('STATE_CONFLICT', undefined, '该人才库已有推荐或入库记录，不能删除；可将其停用');
  await db.transaction(async (tx) => {
    requireUpdated(await repo.deletePool(tx, id, version));
    await recordAudit(tx, ctx, { action: 'talent_pool.delete', entity: 'talent_pool', entityId: id, changes: diffFields(before, null, [...AUDITED]) });
  });
}

/** The board: every pool with its counts, active and nominated members per field and level, and the totals. */
export async function poolBoard(db: Db, ctx: RequestContext): Promise<PoolBoard> {
  const pools = await listPools(db, ctx);
  const cells = new Map<string, PoolBoard['byFieldAndLevel'][number]>();
  for (const pool of pools) {
    const key = `${pool.field}\u0000${pool.level}`;
    const cell = cells.get(key) ?? { field: pool.field, level: pool.level, active: 0, nominated: 0 };
    cell.active += pool.counts.ACTIVE;
    cell.nominated += pool.counts.NOMINATED;
    cells.set(key, cell);
  }
  const sum = (status: keyof TalentPool['counts']) => pools.reduce((n, p) => n + p.counts[status], 0);
  return {
    pools,
    byFieldAndLevel: [...cells.values()].sort(
      (a, b) =>
        a.field.localeCompare(b.field, 'zh-CN') || POOL_LEVELS.indexOf(a.level as TalentPool['level']) - POOL_LEVELS.indexOf(b.level as TalentPool['level']),
    ),
    totals: { pools: pools.length, active: sum('ACTIVE'), nominated: sum('NOMINATED'), exited: sum('EXITED') },
  };
}
