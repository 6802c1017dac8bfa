import type { CaseType, Workflow } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { holds } from '../org';
import { caseScope } from './case-scope';
import * as repo from './cases.repository';
import { requireCase } from './transition.service';

/** A case of any type the reader may read, with its workflow; 404 for one they may not see. */
export async function readableCase(db: Executor, ctx: RequestContext, id: string): Promise<{ workflow: Workflow; row: repo.CaseRow }> {
  const type: CaseType | null = await repo.caseTypeOf(db, id);
  if (!type) throw notFound();
  const workflow = WORKFLOWS[type];
  if (!holds(ctx.actor, workflow.readPermission)) throw notFound();
  return { workflow, row: await requireCase(db, ctx, workflow, id) };
}

/** True when the actor holds one of the permissions with a scope that reaches this case. */
export async function reaches(db: Executor, ctx: RequestContext, id: string, permissions: readonly PermissionCode[]): Promise<boolean> {
  for (const permission of permissions) {
    if (holds(ctx.actor, permission) && (await repo.findCase(db, id, caseScope(ctx, permission)))) return true;
  }
  return false;
}

/** Who may add to a case: those who work on it, and the contributors (the applicant) within their scope. */
export const contributors = (workflow: Workflow): PermissionCode[] => [workflow.workPermission, ...(workflow.contributePermissions ?? [])];

/** A case the actor may read and add comments and files to; 404 if unreadable, 403 if only readable. */
export async function contributableCase(db: Executor, ctx: RequestContext, id: string) {
  const found = await readableCase(db, ctx, id);
  if (!(await reaches(db, ctx, id, contributors(found.workflow)))) throw new DomainError('FORBIDDEN');
  return found;
}

/** A case the actor may read and work on (link, ask for time); 404 if unreadable, 403 if only readable. */
export async function workableCase(db: Executor, ctx: RequestContext, id: string) {
  const found = await readableCase(db, ctx, id);
  if (!(await reaches(db, ctx, id, [found.workflow.workPermission]))) throw new DomainError('FORBIDDEN');
  return found;
}
