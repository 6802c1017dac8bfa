import type { TypicalCaseState } from '@dandang/shared/typical-cases/typical-case.states';
import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { caseParticipants } from '../cases';
import { holds, scopeCondition } from '../org';
import { typicalCases } from './typical-cases.tables';

/*
 * Who sees and manages which typical case. A published case belongs to the whole library: `typical_case.read` is not
 * narrowed per record, because a scope by the source's unit would tell a reader whose case it was. Drafts and
 * withdrawn cases, and the source behind any case, are for publishers whose `typical_case.publish` scope reaches the
 * source case (its unit, its cadre, or taking part in it).
 */

const PUBLISHED: TypicalCaseState = 'PUBLISHED';

export const isPublisher = (ctx: RequestContext) => holds(ctx.actor, 'typical_case.publish');

/** The publisher's scope as a condition on typical cases; undefined for `all`. Only for an actor who holds the permission. */
export function publishScope(ctx: RequestContext): SQL | undefined {
  return scopeCondition(ctx.actor, 'typical_case.publish', {
    unitId: typicalCases.sourceUnitId,
    cadreId: typicalCases.sourceCadreId,
    assigned: (actor) => sql`exists (select 1 from ${caseParticipants} cp where cp.case_id = ${typicalCases.sourceCaseId} and cp.user_id = ${actor.userId})`,
  });
}

/** What the actor may read: every published case; and, for a publisher, every case their scope reaches. */
export function readCondition(ctx: RequestContext): SQL | undefined {
  if (!isPublisher(ctx)) return eq(typicalCases.state, PUBLISHED);
  const scope = publishScope(ctx);
  return scope ? or(eq(typicalCases.state, PUBLISHED), scope) : undefined;
}

/** A column saying whether the actor manages the row (and so sees its source); false for every reader. */
export function managedColumn(ctx: RequestContext): SQL<boolean> {
  if (!isPublisher(ctx)) return sql<boolean>`false`;
  const scope = publishScope(ctx);
  return (scope ? sql<boolean>`(${scope})` : sql<boolean>`true`).mapWith(Boolean);
}
