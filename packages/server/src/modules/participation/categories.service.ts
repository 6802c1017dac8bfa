import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { categoryBody, categoryUpdateBody } from '@dandang/shared/participation/participation.schema';
import type { CategoryView } from '@dandang/shared/participation/participation-view.schema';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { actorJurisdiction } from './settings.service';

/* 类别与承办单位 (issue 8 "categories routed to units"): kept per jurisdiction by whoever configures participation. */

type CategoryRow = Awaited<ReturnType<typeof repo.findCategory>> & {};
const toView = (r: CategoryRow): CategoryView => ({ ...r.c, unitName: r.unitName });

export async function listJurisdictionCategories(db: Db, ctx: RequestContext): Promise<CategoryView[]> {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  return (await repo.listCategories(db, repo.categoryJurisdictionCondition(jurisdictionId))).map(toView);
}

/** The categories a member of the public may choose: active ones, with the unit that will answer. */
export async function listPublicCategories(db: Db, kind: SubmissionKind | undefined) {
  return (await repo.listCategories(db, repo.activeCategoryCondition(kind))).map((r) => ({ id: r.c.id, kind: r.c.kind, name: r.c.name, unitName: r.unitName }));
}

/** The unit a category routes to must be one of the configuring actor's jurisdiction. */
async function requireOwnUnit(db: Executor, unitId: string, jurisdictionId: string) {
  const unit = await repo.findUnit(db, unitId);
  if (!unit || unit.jurisdictionId !== jurisdictionId) throw validationError([{ path: 'unitId', message: '承办单位不存在或不属于本地区' }]);
}

async function requireCategory(db: Executor, id: string, jurisdictionId: string): Promise<CategoryRow> {
  const row = await repo.findCategory(db, id);
  if (!row || row.jurisdictionId !== jurisdictionId) throw notFound();
  return row;
}

export async function createCategory(db: Db, ctx: RequestContext, body: z.output<typeof categoryBody>): Promise<CategoryView> {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  await requireOwnUnit(db, body.unitId, jurisdictionId);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertCategory(tx, { ...body, createdAt: ctx.now });
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'participation.category.create',
      entity: 'participation_category',
      entityId: row.id,
      changes: diffFields(null, body, ['kind', 'name', 'unitId', 'active']),
    });
    return row.id;
  });
  return toView(await requireCategory(db, id, jurisdictionId));
}

export async function updateCategory(db: Db, ctx: RequestContext, id: string, body: z.output<typeof categoryUpdateBody>): Promise<CategoryView> {
  const jurisdictionId = await actorJurisdiction(db, ctx);
  const before = await requireCategory(db, id, jurisdictionId);
  await requireOwnUnit(db, body.unitId, jurisdictionId);
  await db.transaction(async (tx) => {
    const { version, ...patch } = body;
    requireUpdated(await repo.updateCategory(tx, id, version, patch));
    // Submissions already made stay with the unit they were routed to; only new ones follow the change.
    await recordAudit(tx, ctx, {
      action: 'participation.category.update',
      entity: 'participation_category',
      entityId: id,
      changes: diffFields(before.c, { ...before.c, ...patch }, ['name', 'unitId', 'active']),
    });
  });
  return toView(await requireCategory(db, id, jurisdictionId));
}
