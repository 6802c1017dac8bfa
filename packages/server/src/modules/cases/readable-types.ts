import { CASE_TYPES, type CaseType } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { holds } from '../org';
import { caseScope } from './case-scope';

/** Each case type the actor may read (optionally just one), with the scope of that type's read permission. */
export function readableTypes(ctx: RequestContext, only?: CaseType): Array<{ type: CaseType; scope: SQL | undefined }> {
  return CASE_TYPES.filter((type) => (!only || type === only) && holds(ctx.actor, WORKFLOWS[type].readPermission)).map((type) => ({
    type,
    scope: caseScope(ctx, WORKFLOWS[type].readPermission),
  }));
}
