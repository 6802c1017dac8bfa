import type { SavedFilter } from '@dandang/shared/cadres/cadre-search.schema';
import { recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { DomainError, notFound } from '../../../platform/errors';
import * as repo from './saved-filters.repository';

/**
 * 常用查询: a user's named filters of one screen. They are private: every read and delete is by owner, so another
 * user's filter id answers 404 like one that never existed.
 */

const ownerOf = (ctx: RequestContext): string => {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  return ctx.actor.userId;
};

const present = (row: Awaited<ReturnType<typeof repo.insertSavedFilter>>): SavedFilter => ({
  id: row.id,
  screen: row.screen,
  name: row.name,
  filter: row.filter as Record<string, unknown>,
  createdAt: new Date(row.createdAt).toISOString(),
});

const duplicateName = (name: string) =>
  new DomainError('DUPLICATE', { fields: [{ path: 'name', message: `已有名为“${name}”的常用查询` }] }, `已有名为“${name}”的常用查询，请换一个名称`);

export async function listMyFilters(db: Db, ctx: RequestContext, screen: string): Promise<SavedFilter[]> {
  return (await repo.listSavedFilters(db, ownerOf(ctx), screen)).map(present);
}

export async function saveFilter(db: Db, ctx: RequestContext, input: { screen: string; name: string; filter: unknown }) {
  const ownerId = ownerOf(ctx);
  return db
    .transaction(async (tx) => {
      if (await repo.nameTaken(tx, ownerId, input.screen, input.name)) throw duplicateName(input.name);
      const row = await repo.insertSavedFilter(tx, { ownerId, screen: input.screen, name: input.name, filter: input.filter, createdAt: ctx.now });
      await recordAudit(tx, ctx, {
        action: 'saved_filter.create',
        entity: 'saved_filter',
        entityId: row.id,
        changes: { name: { before: null, after: row.name }, screen: { before: null, after: row.screen } },
      });
      return present(row);
    })
    .catch((error) => {
      // Two saves racing past the check meet the unique index: the same answer.
      const e = error as { code?: unknown; cause?: { code?: unknown } };
      if (e.code === '23505' || e.cause?.code === '23505') throw duplicateName(input.name);
      throw error;
    });
}

export async function deleteFilter(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const ownerId = ownerOf(ctx);
  await db.transaction(async (tx) => {
    const row = await repo.findSavedFilter(tx, ownerId, id);
    if (!row || !(await repo.deleteSavedFilter(tx, ownerId, id))) throw notFound();
    await recordAudit(tx, ctx, { action: 'saved_filter.delete', entity: 'saved_filter', entityId: id, changes: { name: { before: row.name, after: null } } });
  });
}
