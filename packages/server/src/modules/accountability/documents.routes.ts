import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireCase } from '../cases';
import { accountabilityDecisionDocument, chineseDate, jurisdictionOfUnit, sendCaseDocument } from '../documents';
import { policyDocumentById } from '../policy';
import { detailOf } from './case-detail.service';

const tags = ['documents'];
const read = { permission: 'accountability.read' } as const;

/** The states in which a decision stands: decided and being executed, or executed. */
const IN_FORCE = ['DECIDED', 'EXECUTED'];

/**
 * 问责决定书 (issue 6 item 5) for those who may read the case (404 outside its scope), once decided. A corrected
 * decision is refused rather than printed with a note: its measures are revoked (第二十一条), and a clean copy of it
 * with a seal's room under it would read as a decision in force. The correction is a document of its own.
 */
export function accountabilityDocumentRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/accountability/cases/:id/decision.docx',
      { schema: { tags, summary: '下载问责决定书（Word；作出问责决定后，已纠正的不再出具）', params: idParam }, config: read },
      async (req, reply) => {
        const row = await requireCase(db, req.ctx, ACCOUNTABILITY_WORKFLOW, req.params.id);
        const detail = await detailOf(db, req.ctx, row);
        const decision = detail.decision;
        if (row.case.state === 'CORRECTED') {
          const on = decision?.correctedOn ? `已于${chineseDate(decision.correctedOn)}` : '已';
          throw new DomainError('STATE_CONFLICT', undefined, `该问责决定${on}纠正，不再出具问责决定书`);
        }
        if (!decision || !IN_FORCE.includes(row.case.state)) throw new DomainError('STATE_CONFLICT', undefined, '本案尚未作出问责决定，不能出具问责决定书');
        const [jurisdiction, policy] = await Promise.all([jurisdictionOfUnit(db, row.case.unitId), policyDocumentById(db, row.case.policyId)]);
        const document = accountabilityDecisionDocument({
          jurisdiction,
          caseNumber: row.case.number,
          detail,
          decision,
          limits: { adjustmentMonths: policy.accountability.adjustmentDeadlineMonths, appealMonths: policy.accountability.appealMonths },
        });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'accountability_case', caseId: row.case.id, kind: '问责决定书', document });
      },
    );
  };
}
