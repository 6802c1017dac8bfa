import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { scopeCondition } from '../org';
import { assessmentParticipants } from './cycles.tables';

/** The permissions that act on a cycle's participants and their results. */
export type ParticipantPermission = 'assessment.result.read' | 'assessment.score' | 'assessment.grade' | 'assessment.confirm';

/**
 * The participants the actor may reach with a permission, by that grant's scope: every one, their unit's, or
 * themself. Every list and every read or write by id in the assessment module filters by it.
 */
export function participantScope(ctx: RequestContext, permission: ParticipantPermission): SQL | undefined {
  return scopeCondition(ctx.actor, permission, { unitId: assessmentParticipants.unitId, cadreId: assessmentParticipants.cadreId });
}
