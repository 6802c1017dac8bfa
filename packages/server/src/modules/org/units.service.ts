import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { findJurisdiction, listJurisdictions } from './jurisdictions.repository';
import { scopeCondition } from './org.scope';
import { jurisdictions, units } from './org.tables';
import * as repo from './units.repository';

const AUDITED = ['name', 'code', 'type', 'sortOrder', 'parentId', 'path'] as const;

/** A unit is in the actor's scope for a permission when its own id passes the scope condition. */
const unitScope = (ctx: RequestContext, permission: 'org.unit.read' | 'org.unit.write') => scopeCondition(ctx.actor, permission, { unitId: units.id });

export const listUnits = (db: Db, ctx: RequestContext) => repo.listUnits(db, unitScope(ctx, 'org.unit.read'));

export async function getUnit(db: Db, ctx: RequestContext, id: string) {
  const unit = await repo.findUnit(db, id, unitScope(ctx, 'org.unit.read'));
  if (!unit) throw notFound();
  return unit;
}

async function writableUnit(db: Executor, ctx: RequestContext, id: string) {
  const unit = await repo.findUnit(db, id, unitScope(ctx, 'org.unit.write'));
  if (!unit) throw notFound();
  return unit;
}

export interface CreateUnitInput {
  parentId: string | null;
  name: string;
  code: string;
  type: string;
  sortOrder: number;
  jurisdictionId?: string;
}

/**
 * The jurisdiction of a new root unit: the one named, else the only one there is; on a fresh installation the
 * first root unit founds the jurisdiction itself (the county's top unit and the county are the same thing).
 */
async function rootJurisdiction(tx: Executor, input: CreateUnitInput): Promise<string> {
  if (input.jurisdictionId) {
    if (!(await findJurisdiction(tx, input.jurisdictionId))) throw validationError([{ path: 'jurisdictionId', message: '地区不存在' }]);
    return input.jurisdictionId;
  }
  const all = await listJurisdictions(tx);
  if (all.length === 1) return (all[0] as { id: string }).id;
  if (all.length > 1) throw validationError([{ path: 'jurisdictionId', message: '请选择所属地区' }]);
  const [created] = await tx.insert(jurisdictions).values({ code: input.code, name: input.name, level: 'county' }).returning({ id: jurisdictions.id });
  return (created as { id: string }).id;
}

export async function createUnit(db: Db, ctx: RequestContext, input: CreateUnitInput) {
  // A root unit belongs to the whole jurisdiction: only an actor with the `all` scope may create one.
  if (!input.parentId && ctx.actor?.permissions['org.unit.write'] !== 'all') throw new DomainError('FORBIDDEN');
  const id = crypto.randomUUID();
  const { jurisdictionId: _, ...values } = input;
  return db.transaction(async (tx) => {
    await repo.lockUnitTree(tx);
    const parent = input.parentId ? await writableUnit(tx, ctx, input.parentId) : null;
    const jurisdiction = parent?.jurisdictionId ?? (await rootJurisdiction(tx, input));
    if (await repo.codeTaken(tx, jurisdiction, input.code)) {
      throw new DomainError('DUPLICATE', { fields: [{ path: 'code', message: '单位代码已被使用' }] }, '单位代码已被使用');
    }
    const path = `${parent?.path ?? '/'}${id}/`;
    await repo.insertUnit(tx, { ...values, id, jurisdictionId: jurisdiction, parentId: parent?.id ?? null, path });
    await recordAudit(tx, ctx, {
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      changes: diffFields(null, { ...input, parentId: parent?.id ?? null, path }, [...AUDITED]),
    });
    return (await repo.findUnit(tx, id, undefined)) as repo.UnitRow;
  });
}

export interface UpdateUnitInput {
  name?: string;
  code?: string;
  type?: string;
  sortOrder?: number;
  version: number;
}

export async function updateUnit(db: Db, ctx: RequestContext, id: string, input: UpdateUnitInput) {
  const before = await writableUnit(db, ctx, id);
  const { version, ...values } = input;
  return db.transaction(async (tx) => {
    if (values.code && (await repo.codeTaken(tx, before.jurisdictionId, values.code, id))) {
      throw new DomainError('DUPLICATE', { fields: [{ path: 'code', message: '单位代码已被使用' }] }, '单位代码已被使用');
    }
    requireUpdated(await repo.updateUnit(tx, id, version, values, ctx.now));
    const after = (await repo.findUnit(tx, id, undefined)) as repo.UnitRow;
    await recordAudit(tx, ctx, { action: 'unit.update', entity: 'unit', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}

export async function moveUnit(db: Db, ctx: RequestContext, id: string, newParentId: string, version: number) {
  return db.transaction(async (tx) => {
    // Paths are read under the tree lock, so a concurrent move of an ancestor cannot leave a stale path behind.
    await repo.lockUnitTree(tx);
    const unit = await writableUnit(tx, ctx, id);
    const parent = await writableUnit(tx, ctx, newParentId);
    if (parent.path.startsWith(unit.path)) throw new DomainError('UNIT_MOVE_INTO_DESCENDANT');
    // The subtree keeps its jurisdiction (and its codes are unique only within it): it cannot change county by a move.
    if (parent.jurisdictionId !== unit.jurisdictionId) throw validationError([{ path: 'newParentId', message: '不能把单位移动到其他地区的单位之下' }]);
    const newPath = `${parent.path}${id}/`;
    requireUpdated(await repo.updateUnit(tx, id, version, { parentId: parent.id }, ctx.now));
    await repo.rewriteSubtreePaths(tx, unit.path, newPath);
    const after = (await repo.findUnit(tx, id, undefined)) as repo.UnitRow;
    await recordAudit(tx, ctx, { action: 'unit.move', entity: 'unit', entityId: id, changes: diffFields(unit, after, ['parentId', 'path']) });
    return after;
  });
}

export async function deleteUnit(db: Db, ctx: RequestContext, id: string) {
  await db.transaction(async (tx) => {
    await repo.lockUnitTree(tx);
    const unit = await writableUnit(tx, ctx, id);
    const contents = await repo.countUnitContents(tx, id);
    const people = contents.users + contents.cadres;
    if (contents.children > 0 || people > 0) {
      const parts = [contents.children > 0 ? `${contents.children} 个下级单位` : '', people > 0 ? `${people} 名人员` : ''].filter(Boolean);
      throw new DomainError('UNIT_NOT_EMPTY', contents, `“${unit.name}”下还有${parts.join('和')}，不能删除；请先移走或删除它们`);
    }
    await repo.deleteUnit(tx, id);
    await recordAudit(tx, ctx, { action: 'unit.delete', entity: 'unit', entityId: id, changes: diffFields(unit, null, [...AUDITED]) });
  });
}
