import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { scopeCondition } from '../org';
import * as repo from './cadres.repository';
import { cadres } from './cadres.tables';

const cadreScope = (ctx: RequestContext, permission: 'cadre.read' | 'cadre.write') =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

export const listCadres = (db: Db, ctx: RequestContext, filter: repo.CadreFilter) => repo.listCadres(db, cadreScope(ctx, 'cadre.read'), filter);

export async function getCadre(db: Db, ctx: RequestContext, id: string) {
  const cadre = await repo.findCadre(db, id, cadreScope(ctx, 'cadre.read'));
  if (!cadre) throw notFound();
  return cadre;
}

export interface UpdateCadreInput {
  post?: string;
  rank?: string;
  phone?: string;
  version: number;
}

export async function updateCadre(db: Db, ctx: RequestContext, id: string, input: UpdateCadreInput) {
  const before = await repo.findCadre(db, id, cadreScope(ctx, 'cadre.write'));
  if (!before) throw notFound();
  const { version, ...values } = input;
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateCadre(tx, id, version, values, ctx.now));
    const after = (await repo.findCadre(tx, id, undefined)) as NonNullable<typeof before>;
    await recordAudit(tx, ctx, { action: 'cadre.update', entity: 'cadre', entityId: id, changes: diffFields(before, after, ['post', 'rank', 'phone']) });
    return after;
  });
}
