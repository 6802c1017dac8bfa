import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { measures } from '../cadres/cadres.tables';
import { openCase } from '../cases';

/*
 * Due items for the notification tests, written straight through the engines other modules use: a tolerance case
 * with its handlers (added on opening, which announces nothing), and a measure on record.
 */

export async function openDueCase(db: Db, ctx: RequestContext, input: { unitId: string; cadreId: string; title: string; handlers: readonly string[] }) {
  return db.transaction((tx) =>
    openCase(tx, ctx, TOLERANCE_WORKFLOW, {
      title: input.title,
      unitId: input.unitId,
      subjectCadreId: input.cadreId,
      participants: input.handlers.map((userId) => ({ userId, role: 'HANDLER' })),
    }),
  );
}

/** 诫勉 (six months' bar, DOMAIN.md §4) on record for a cadre, taking effect on `effectiveOn`. */
export async function recordAdmonishment(db: Db, cadreId: string, effectiveOn: string) {
  await db.insert(measures).values({ cadreId, code: 'ADMONISH', effectiveOn, decidingBody: '县纪委' });
}
