import { LINKABLE_STATES, TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { linkCases } from '../cases';
import { requireOpenAccountabilityCase } from './apply.service';
import { lockForWrite } from './case-lock';

/**
 * 关联问责案件 ("谁问责、谁容错"): a cadre's or a unit's application may concern a matter the accountability side is
 * already handling. The handler links the two before the collective decision, with the checks of an ex officio start
 * (the same cadre, the accountability case not yet decided, no other open tolerance case on it), so that an EXEMPT
 * decision closes that case as 免予问责 and a LIGHTER or REDUCED one carries into its decision.
 */
export async function linkAccountabilityCase(db: Db, ctx: RequestContext, id: string, accountabilityCaseId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { caseRow, state } = await lockForWrite(tx, ctx, id, 'tolerance.handle');
    if (!LINKABLE_STATES.includes(state)) {
      throw new DomainError('STATE_CONFLICT', { state }, `案件已处于“${TOLERANCE_WORKFLOW.states[state].label}”阶段，不能再关联问责案件`);
    }
    const accountability = await requireOpenAccountabilityCase(tx, ctx, accountabilityCaseId, caseRow.case.subjectCadreId as string);
    await linkCases(tx, ctx, id, accountability.id, 'TOLERANCE_FOR');
    await recordAudit(tx, ctx, {
      action: 'tolerance_case.link_accountability',
      entity: 'tolerance_case',
      entityId: id,
      changes: { accountabilityCaseId: { before: null, after: accountability.id } },
    });
  });
}
