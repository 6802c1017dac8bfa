import { chinaDateOf } from '@dandang/shared/dates/date';
import { idParam } from '@dandang/shared/org/org.schema';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { caseEvents } from '../cases';
import { correctionNoticeDocument, jurisdictionOfUnit, sendCaseDocument, toleranceDecisionDocument } from '../documents';
import { correctionsOf } from './corrections.repository';
import { toleranceDetail } from './read.service';

const tags = ['documents'];
const read = { permission: 'tolerance.read' } as const;

/** 调查核实情况: what the last report to the collective decision said (the engine keeps a step's fields on its event). */
async function findingsOf(db: Executor, caseId: string): Promise<string> {
  const [event] = await db
    .select({ fields: caseEvents.fields })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.action, 'report')))
    .orderBy(desc(caseEvents.seq))
    .limit(1);
  const findings = event?.fields.findings;
  return typeof findings === 'string' ? findings : '';
}

/**
 * The Word documents of a tolerance case (issue 6 item 5), for those who may read the case (404 outside its scope):
 * the 认定书 once the body has decided, the 纠错整改通知书 once a correction plan exists (409 before).
 */
export function toleranceDocumentRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/tolerance/cases/:id/decision.docx',
      { schema: { tags, summary: '下载容错认定书（Word；集体研究认定后）', params: idParam }, config: read },
      async (req, reply) => {
        const detail = await toleranceDetail(db, req.ctx, req.params.id);
        if (!detail.decision) throw new DomainError('STATE_CONFLICT', undefined, '本案尚未集体研究认定，不能出具容错认定书');
        const [jurisdiction, findings] = await Promise.all([jurisdictionOfUnit(db, detail.case.unitId), findingsOf(db, detail.case.id)]);
        const document = toleranceDecisionDocument({ jurisdiction, case: detail.case, tolerance: detail, decision: detail.decision, findings });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'tolerance_case', caseId: detail.case.id, kind: '容错认定书', document });
      },
    );
    r.get(
      '/api/v1/tolerance/cases/:id/correction-notice.docx',
      { schema: { tags, summary: '下载纠错整改通知书（Word；制定纠错整改任务后）', params: idParam }, config: read },
      async (req, reply) => {
        const detail = await toleranceDetail(db, req.ctx, req.params.id);
        const tasks = await correctionsOf(db, detail.case.id);
        // Tasks are drawn up only after the feedback on a decision, so a plan always has its decision.
        if (!detail.decision || tasks.length === 0) {
          throw new DomainError('STATE_CONFLICT', undefined, '本案尚未制定纠错整改任务，不能出具纠错整改通知书');
        }
        const lastAdded = new Date(Math.max(...tasks.map((t) => t.createdAt.getTime())));
        const document = correctionNoticeDocument({
          jurisdiction: await jurisdictionOfUnit(db, detail.case.unitId),
          case: detail.case,
          tolerance: detail,
          decision: detail.decision,
          tasks,
          date: chinaDateOf(lastAdded),
        });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'tolerance_case', caseId: detail.case.id, kind: '纠错整改通知书', document });
      },
    );
  };
}
