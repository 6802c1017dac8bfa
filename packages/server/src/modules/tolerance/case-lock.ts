import type { PermissionCode } from '@dandang/shared/org/permissions';
import { TOLERANCE_WORKFLOW, type ToleranceState } from '@dandang/shared/tolerance/tolerance.states';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { reaches, requireCase } from '../cases';
import * as repo from './tolerance.repository';

/**
 * A tolerance case by id for a write of the module: its tolerance row locked first (so the checklist, the decision
 * and the correction plan of one case never interleave), then the case within the reader's scope (404), then the
 * permission over it (403). The case is read after the lock, so a step another request committed meanwhile is seen.
 */
export async function lockForWrite(tx: Executor, ctx: RequestContext, id: string, permission: PermissionCode | null) {
  const row = await repo.lockToleranceCase(tx, id);
  const caseRow = await requireCase(tx, ctx, TOLERANCE_WORKFLOW, id);
  if (!row) throw notFound();
  if (permission && !(await reaches(tx, ctx, id, [permission]))) throw new DomainError('FORBIDDEN');
  return { row, caseRow, state: caseRow.case.state as ToleranceState };
}
