import { approveBody, completeBody, consentBody, noticeQuery, paperConsentBody, proposeClarificationBody } from '@dandang/shared/complaints/complaint.schema';
import { complaintDetail as complaintDetailSchema, myClarificationView } from '@dandang/shared/complaints/complaint-view.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { idParam } from '@dandang/shared/org/org.schema';
import { COMPLAINT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { jurisdictionOfUnit, sendCaseDocument } from '../documents';
import {
  approveClarification,
  completeClarification,
  consentAsCadre,
  myClarifications,
  proposeClarification,
  recordPaperConsent,
} from './clarification.service';
import { clarificationNoticeDocument } from './clarification-notice.document';
import { clarificationsOf } from './complaints.repository';
import { complaintDetail } from './read.service';

const tags = ['complaints'];
const handle = { permission: 'complaint.handle' } as const;
const consentAnswer = z.object({ status: z.string(), version: z.number() });

/** 澄清正名 (issue 7 item 2): propose, consent (by the cadre, or on paper), approve, complete, and the Word notice. */
export function clarificationRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const detail = (id: string, req: { ctx: Parameters<typeof complaintDetail>[1] }) => complaintDetail(db, req.ctx, id);
    r.post(
      '/api/v1/complaints/:id/clarification',
      {
        schema: { tags, summary: '提出澄清正名（作出核查结论后）', params: idParam, body: proposeClarificationBody, response: { 200: complaintDetailSchema } },
        config: handle,
      },
      async (req) => {
        await proposeClarification(db, req.ctx, req.params.id, req.body);
        return detail(req.params.id, req);
      },
    );
    r.get(
      '/api/v1/complaints/clarifications/mine',
      {
        schema: { tags, summary: '本人待表态的澄清正名（不含检举控告内容）', response: { 200: z.array(myClarificationView) } },
        config: { permission: 'clarification.consent' },
      },
      (req) => myClarifications(db, req.ctx),
    );
    r.post(
      '/api/v1/complaints/:id/clarification/consent',
      {
        schema: { tags, summary: '本人同意或不同意澄清正名', params: idParam, body: consentBody, response: { 200: consentAnswer } },
        config: { permission: 'clarification.consent' },
      },
      async (req) => {
        const key = await consentAsCadre(db, req.ctx, req.params.id, req.body);
        const row = (await clarificationsOf(db, req.params.id)).find((c) => c.cadreId === key.cadreId);
        return { status: row?.status ?? '', version: row?.version ?? 0 };
      },
    );
    r.post(
      '/api/v1/complaints/:id/clarification/paper-consent',
      {
        schema: { tags, summary: '录入本人书面意见（附签字材料）', params: idParam, body: paperConsentBody, response: { 200: complaintDetailSchema } },
        config: handle,
      },
      async (req) => {
        await recordPaperConsent(db, req.ctx, req.params.id, req.body);
        return detail(req.params.id, req);
      },
    );
    r.post(
      '/api/v1/complaints/:id/clarification/approve',
      {
        schema: { tags, summary: '审批澄清正名', params: idParam, body: approveBody, response: { 200: complaintDetailSchema } },
        config: { permission: 'clarification.approve' },
      },
      async (req) => {
        await approveClarification(db, req.ctx, req.params.id, req.body);
        return detail(req.params.id, req);
      },
    );
    r.post(
      '/api/v1/complaints/:id/clarification/complete',
      { schema: { tags, summary: '记录澄清正名完成情况', params: idParam, body: completeBody, response: { 200: complaintDetailSchema } }, config: handle },
      async (req) => {
        await completeClarification(db, req.ctx, req.params.id, req.body);
        return detail(req.params.id, req);
      },
    );
    r.get(
      '/api/v1/complaints/:id/clarification.docx',
      {
        schema: {
          tags: ['documents'],
          summary: '下载澄清正名通知书（Word；批准后；多名被反映人时以 cadreId 指定）',
          params: idParam,
          querystring: noticeQuery,
        },
        config: { permission: 'complaint.read' },
      },
      async (req, reply) => {
        const d = await complaintDetail(db, req.ctx, req.params.id);
        if (!req.query.cadreId && d.clarifications.length > 1) throw validationError([{ path: 'cadreId', message: '本件有多名干部澄清正名，请指定干部' }]);
        const c = req.query.cadreId ? d.clarifications.find((x) => x.cadreId === req.query.cadreId) : d.clarifications[0];
        if (!c || !d.conclusion || !(c.status === 'APPROVED' || c.status === 'COMPLETED') || !c.approvedAt) {
          throw new DomainError('STATE_CONFLICT', undefined, '澄清正名尚未批准，不能出具澄清正名通知书');
        }
        const unitName = d.accused.find((a) => a.cadreId === c.cadreId)?.unitName ?? d.case.unitName;
        const document = clarificationNoticeDocument({
          jurisdiction: await jurisdictionOfUnit(db, d.case.unitId),
          complaint: { number: d.case.number, receivedOn: d.receivedOn, unitName },
          conclusionLabel: COMPLAINT_CONCLUSIONS[d.conclusion.code as keyof typeof COMPLAINT_CONCLUSIONS],
          clarification: c,
          date: chinaDateOf(new Date(c.approvedAt)),
        });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'complaint', caseId: d.case.id, kind: '澄清正名通知书', document });
      },
    );
  };
}
