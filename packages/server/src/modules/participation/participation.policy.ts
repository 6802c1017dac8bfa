import type { Actor } from '../../platform/context';
import { scopeCondition } from '../org';
import { participationSubmissions } from './participation.tables';

/*
 * Who reaches which submission: a submission belongs to the unit its category routed it to, and each permission's
 * data scope filters on that unit. Reads use participation.read, writes by id the permission of the write, so a unit
 * administrator can neither read nor answer another unit's submission (it is not found).
 */
export type ParticipationPermission = 'participation.read' | 'participation.handle' | 'participation.moderate';

export const submissionScope = (actor: Actor | null, permission: ParticipationPermission) =>
  scopeCondition(actor, permission, { unitId: participationSubmissions.unitId });
