import { ACCOUNTABILITY_WORKFLOW, type AccountabilityState, OPEN_ACCOUNTABILITY_STATES } from '@dandang/shared/accountability/accountability.states';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { recommendTolerance } from '@dandang/shared/rules/tolerance.rules';
import { decideFields } from '@dandang/shared/tolerance/tolerance.schema';
import { decisionIssues } from '@dandang/shared/tolerance/tolerance-decision.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { transitionCase } from '../cases';
import { policyDocumentById } from '../policy';
import { checkFields, type PreparedStep, type StepContext } from './step';
import * as repo from './tolerance.repository';
import { toRecommendationView } from './tolerance.view';

/**
 * The accountability cases this tolerance case is linked to, locked in a fixed order. An exemption moves them after
 * the engine has taken the audit chain's lock; taking their rows first keeps the order every other write uses (rows,
 * then the chain), so an exemption and an accountability step on the same case cannot deadlock.
 */
async function lockLinkedAccountability(tx: Executor, toleranceCaseId: string) {
  const linked = (await repo.accountabilityCasesOf(tx, toleranceCaseId)).sort((a, b) => a.id.localeCompare(b.id));
  const locked = [];
  for (const c of linked) {
    const row = await repo.lockCase(tx, c.id);
    if (row) locked.push(row);
  }
  return locked;
}

/**
 * 集体研究认定 (DOMAIN.md §6): the decision with its meeting, attendance and votes, checked against the recommendation
 * the saved facts give under the case's policy. Recorded with that recommendation as it stood; an exemption closes
 * the linked accountability cases still before their decision as 免予问责 (问责条例第十七条), which creates no measure.
 * 从轻/减轻 stay on the tolerance case for the accountability decision to read (toleranceOutcomeFor).
 */
export async function prepareDecision(step: StepContext): Promise<PreparedStep> {
  const { row, caseRow, tx } = step;
  const facts = row.facts;
  if (!facts) throw new DomainError('STATE_CONFLICT', undefined, '请先保存调查核实清单，再集体研究认定');
  const c = caseRow.case;
  const policy = await policyDocumentById(tx, c.policyId);
  const result = recommendTolerance(facts, policy);
  const recommendation = toRecommendationView(result, { code: c.policyCode, version: c.policyVersion });
  const { value, issues } = checkFields(decideFields, step);
  if (!value) return { fields: step.body.fields, issues };

  const exclusions = facts.exclusions.filter((code) => policy.tolerance.exclusions.includes(code));
  const ruleIssues = decisionIssues(value, { asOf: step.today, openedOn: chinaDateOf(c.openedAt), recommended: result.outcome, exclusions });
  const linked = value.decision === 'EXEMPT' && ruleIssues.length === 0 ? await lockLinkedAccountability(tx, step.id) : [];

  return {
    fields: { ...value, recommended: result.outcome },
    issues: ruleIssues,
    async record(tx) {
      const exemptedCases: string[] = [];
      for (const accountability of linked) {
        if (!OPEN_ACCOUNTABILITY_STATES.includes(accountability.state as AccountabilityState)) continue;
        await transitionCase(
          tx,
          step.ctx,
          ACCOUNTABILITY_WORKFLOW,
          accountability.id,
          { action: 'exempt', version: 0, note: `依据容错认定${c.number}，免予问责`, fields: { toleranceCaseId: step.id } },
          { asEffect: true },
        );
        exemptedCases.push(accountability.number);
      }
      const decisionRecord = { attendees: value.attendees, votes: value.votes, differenceReason: value.differenceReason, recommendation, exemptedCases };
      const decided = {
        decision: value.decision,
        meetingDate: value.meetingDate,
        decisionRecord,
        decidedAt: step.ctx.now,
        deciderName: step.ctx.actor?.displayName ?? '系统',
      };
      requireUpdated(await repo.updateToleranceCase(tx, step.id, row.version, decided, step.ctx.now));
      await recordAudit(tx, step.ctx, {
        action: 'tolerance_case.decide',
        entity: 'tolerance_case',
        entityId: step.id,
        changes: {
          decision: { before: null, after: value.decision },
          recommended: { before: null, after: result.outcome },
          meetingDate: { before: null, after: value.meetingDate },
          ...(exemptedCases.length > 0 ? { exemptedCases: { before: null, after: exemptedCases } } : {}),
        },
      });
    },
  };
}
