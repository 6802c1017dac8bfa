import type { CaseLinkKind } from '@dandang/shared/cases/case.schema';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { readableCase, workableCase } from './case-access';
import * as repo from './cases.repository';

/** Records a link between two cases inside the caller's transaction (a module links the cases it opens from each other). */
export async function linkCases(tx: Executor, ctx: RequestContext, fromCaseId: string, toCaseId: string, kind: CaseLinkKind): Promise<void> {
  const added = await repo.insertLink(tx, { fromCaseId, toCaseId, kind, createdAt: ctx.now });
  if (!added) return;
  await recordAudit(tx, ctx, { action: 'case.link', entity: 'case', entityId: fromCaseId, changes: { link: { before: null, after: { toCaseId, kind } } } });
}

/** 关联案件: someone who works on one case links it to another they may read. */
export async function addLink(db: Db, ctx: RequestContext, caseId: string, body: { toCaseId: string; kind: CaseLinkKind }) {
  await workableCase(db, ctx, caseId);
  if (body.toCaseId === caseId) throw validationError([{ path: 'toCaseId', message: '不能关联案件本身' }]);
  await readableCase(db, ctx, body.toCaseId).catch(() => {
    throw validationError([{ path: 'toCaseId', message: '关联的案件不存在或无权查看' }]);
  });
  const existing = await repo.linksOf(db, caseId);
  if (existing.some((l) => l.other.id === body.toCaseId && l.link.kind === body.kind)) throw new DomainError('DUPLICATE', undefined, '这两个案件已经关联');
  await db.transaction((tx) => linkCases(tx, ctx, caseId, body.toCaseId, body.kind));
}
