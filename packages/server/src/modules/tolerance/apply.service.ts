import { ACCOUNTABILITY_WORKFLOW, type AccountabilityState, OPEN_ACCOUNTABILITY_STATES } from '@dandang/shared/accountability/accountability.states';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { type applyBody, TOLERANCE_ORIGINS } from '@dandang/shared/tolerance/tolerance.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { datedStepIssues } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { cadres } from '../cadres';
import { linkCases, openCase, reaches, requireCase } from '../cases';
import { holds, scopeCondition } from '../org';
import { applyPermission, originOf } from './tolerance.policy';
import * as repo from './tolerance.repository';

type ApplyInput = z.output<typeof applyBody>;

/** Whether the reader may see the accountability case at all: a case they cannot see is named as a bad field, not found. */
async function isReadable(tx: Executor, ctx: RequestContext, id: string): Promise<boolean> {
  try {
    await requireCase(tx, ctx, ACCOUNTABILITY_WORKFLOW, id);
    return true;
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return false;
    throw error;
  }
}

/**
 * The accountability case an ex officio start comes from: readable, about the same cadre, still before its decision,
 * and without another open tolerance case. It stays locked until the new case is linked to it, so that two handlers
 * starting at once cannot both pass the last check.
 */
export async function requireOpenAccountabilityCase(tx: Executor, ctx: RequestContext, id: string, cadreId: string) {
  if (!(await isReadable(tx, ctx, id))) throw validationError([{ path: 'accountabilityCaseId', message: '问责案件不存在或无权查看' }]);
  // "谁问责、谁容错": an exemption will close this case as 免予问责, which only those who may decide it may bring about.
  if (!(await reaches(tx, ctx, id, ['accountability.decide']))) {
    throw validationError([{ path: 'accountabilityCaseId', message: '无权对该问责案件作出处理，不能据此容错' }]);
  }
  const locked = await repo.lockCase(tx, id);
  if (!locked) throw validationError([{ path: 'accountabilityCaseId', message: '问责案件不存在或无权查看' }]);
  if (locked.subjectCadreId !== cadreId) throw validationError([{ path: 'subjectCadreId', message: '应为该问责案件所涉及的干部' }]);
  if (!OPEN_ACCOUNTABILITY_STATES.includes(locked.state as AccountabilityState)) {
    const label = ACCOUNTABILITY_WORKFLOW.states[locked.state as keyof typeof ACCOUNTABILITY_WORKFLOW.states]?.label ?? locked.state;
    throw new DomainError('STATE_CONFLICT', { state: locked.state }, `问责案件${locked.number}处于“${label}”阶段，不能再启动主动容错`);
  }
  const [open] = await repo.openToleranceCasesFor(tx, id);
  if (open) {
    const message = `该问责案件已有办理中的容错案件${open.number}`;
    throw new DomainError('DUPLICATE', { fields: [{ path: 'accountabilityCaseId', message }] }, message);
  }
  return locked;
}

/**
 * 容错申请 (DOMAIN.md §6 "start by application or ex officio"): opens the case in the cadre's unit through the engine,
 * keeps what was claimed beside it, and for an ex officio start links it to the accountability case. Answers the id.
 */
export async function applyForTolerance(db: Db, ctx: RequestContext, body: ApplyInput): Promise<string> {
  const exOfficio = body.accountabilityCaseId !== undefined;
  const permission = applyPermission(exOfficio);
  if (!ctx.actor || !holds(ctx.actor, permission)) {
    throw new DomainError('FORBIDDEN', undefined, exOfficio ? '主动容错须具有办理容错案件的权限' : '没有提出容错申请的权限');
  }
  const actor = ctx.actor;
  const today = chinaDateOf(ctx.now);
  const dateIssues = datedStepIssues(body.occurredOn, { asOf: today, notBefore: null, path: 'occurredOn', label: '发生日期', after: '' });
  if (dateIssues.length > 0) throw validationError(dateIssues);
  // A cadre applies for themself only, a unit for its own cadres: anyone else is not found.
  const cadre = await repo.findCadre(db, body.subjectCadreId, scopeCondition(actor, permission, { unitId: cadres.unitId, cadreId: cadres.id }));
  if (!cadre) throw notFound();

  return db.transaction(async (tx) => {
    const accountability = body.accountabilityCaseId ? await requireOpenAccountabilityCase(tx, ctx, body.accountabilityCaseId, cadre.id) : null;
    const origin = originOf(exOfficio, actor.cadreId, cadre.id);
    const claims = { matter: body.matter, occurredOn: body.occurredOn, claimedSituations: body.claimedSituations, grounds: body.grounds };
    const opened = await openCase(tx, ctx, TOLERANCE_WORKFLOW, {
      title: body.title,
      unitId: cadre.unitId,
      subjectCadreId: cadre.id,
      fields: { origin, ...claims, ...(accountability ? { accountabilityCaseId: accountability.id } : {}) },
      note: accountability ? `${TOLERANCE_ORIGINS[origin]}（问责案件${accountability.number}）` : TOLERANCE_ORIGINS[origin],
      participants: [{ userId: actor.userId, role: exOfficio ? 'HANDLER' : 'APPLICANT' }],
    });
    await repo.insertToleranceCase(tx, {
      caseId: opened.id,
      origin,
      applicantId: actor.userId,
      applicantName: actor.displayName,
      ...claims,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (accountability) await linkCases(tx, ctx, opened.id, accountability.id, 'TOLERANCE_FOR');
    await recordAudit(tx, ctx, {
      action: 'tolerance_case.apply',
      entity: 'tolerance_case',
      entityId: opened.id,
      changes: {
        origin: { before: null, after: origin },
        subjectCadreId: { before: null, after: cadre.id },
        claimedSituations: { before: null, after: body.claimedSituations },
        ...(accountability ? { accountabilityCaseId: { before: null, after: accountability.id } } : {}),
      },
    });
    return opened.id;
  });
}
