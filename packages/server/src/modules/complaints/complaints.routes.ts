import { transitionBody } from '@dandang/shared/cases/case.schema';
import {
  actionParams,
  assignBody,
  complaintListQuery,
  correctMeasureBody,
  falseAccusationBody,
  intakeBody,
  noteBody,
} from '@dandang/shared/complaints/complaint.schema';
import {
  complainantView,
  complaintDetail as complaintDetailSchema,
  complaintPage,
  correctableMeasureView,
} from '@dandang/shared/complaints/complaint-view.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { clarificationRoutes } from './clarification.routes';
import { handlerCandidates } from './complaints.repository';
import { recordFalseAccusation } from './false-accusation.service';
import { addNote, assignHandlers, takeAction } from './handling.service';
import { readComplainant } from './identity.service';
import { intakeComplaint } from './intake.service';
import { correctableMeasures, correctMeasure } from './measure-correction.service';
import { complaintDetail, listComplaints } from './read.service';
import { complaintStatisticsRoutes } from './statistics.routes';

const tags = ['complaints'];
const read = { permission: 'complaint.read' } as const;
const handle = { permission: 'complaint.handle' } as const;
const noteView = z.object({ id: z.string(), at: z.string(), authorName: z.string(), body: z.string() });

/**
 * 检举控告 (issue 7 item 1): intake, the list and page (never with the complainant's identity), the identity route
 * for granted handlers, the workflow's steps, assigning handlers and verification notes. Files, comments and
 * extensions of a complaint go through the engine's /api/v1/cases routes.
 */
export function complaintRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/complaints',
      {
        schema: { tags, summary: '登记检举控告（实名或匿名；答复含重复举报提示）', body: intakeBody, response: { 200: complaintDetailSchema } },
        config: { permission: 'complaint.intake' },
      },
      async (req) => complaintDetail(db, req.ctx, await intakeComplaint(db, cipher, req.ctx, req.body)),
    );
    r.get(
      '/api/v1/complaints',
      { schema: { tags, summary: '检举控告列表', querystring: complaintListQuery, response: { 200: complaintPage } }, config: read },
      (req) => listComplaints(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/complaints/handler-options',
      {
        schema: {
          tags,
          summary: '可分办的承办人（本地区有办理检举控告权限的在用账号）',
          querystring: z.object({ q: z.string().trim().max(50, '姓名不超过 50 字').optional() }),
          response: { 200: z.array(z.object({ id: z.string(), name: z.string(), unitName: z.string() })) },
        },
        config: handle,
      },
      (req) => handlerCandidates(db, req.ctx.actor?.unitId ?? null, { q: req.query.q || undefined }),
    );
    r.get(
      '/api/v1/complaints/:id',
      {
        schema: {
          tags,
          summary: '检举控告详情（不含检举控告人身份）：被反映人、核查、结论、重复举报、澄清正名',
          params: idParam,
          response: { 200: complaintDetailSchema },
        },
        config: read,
      },
      (req) => complaintDetail(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/complaints/:id/complainant',
      {
        schema: { tags, summary: '查看检举控告人身份（仅限获授权的承办人，每次查看留痕）', params: idParam, response: { 200: complainantView } },
        config: read,
      },
      (req) => readComplainant(db, cipher, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/complaints/:id/actions/:action',
      {
        schema: {
          tags,
          summary: '办理：受理核查、留存了结、作出核查结论',
          params: actionParams,
          body: transitionBody,
          response: { 200: complaintDetailSchema },
        },
        config: handle,
      },
      async (req) => {
        await takeAction(db, req.ctx, req.params.id, req.params.action, req.body);
        return complaintDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/complaints/:id/handlers',
      { schema: { tags, summary: '分办：指定承办人', params: idParam, body: assignBody, response: { 200: complaintDetailSchema } }, config: handle },
      async (req) => {
        await assignHandlers(db, req.ctx, req.params.id, req.body.userIds);
        return complaintDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/complaints/:id/notes',
      { schema: { tags, summary: '记录核查情况', params: idParam, body: noteBody, response: { 200: noteView } }, config: handle },
      (req) => addNote(db, req.ctx, req.params.id, req.body.body),
    );
    r.get(
      '/api/v1/complaints/:id/correctable-measures',
      {
        schema: {
          tags,
          summary: '可纠正的处理：被反映干部生效中、本人可在干部名册中撤销的处理处分措施',
          params: idParam,
          response: { 200: z.array(correctableMeasureView) },
        },
        config: handle,
      },
      (req) => correctableMeasures(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/complaints/:id/corrected-measures',
      {
        schema: {
          tags,
          summary: '纠正因失实举报受到的处理（在干部名册中撤销该措施）',
          params: idParam,
          body: correctMeasureBody,
          response: { 200: complaintDetailSchema },
        },
        config: handle,
      },
      async (req) => {
        await correctMeasure(db, req.ctx, req.params.id, req.body);
        return complaintDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/complaints/:id/false-accusation',
      {
        schema: {
          tags,
          summary: '处理诬告陷害、错告误告（按身份移送或批评教育）',
          params: idParam,
          body: falseAccusationBody,
          response: { 200: complaintDetailSchema },
        },
        config: handle,
      },
      async (req) => {
        await recordFalseAccusation(db, req.ctx, req.params.id, req.body);
        return complaintDetail(db, req.ctx, req.params.id);
      },
    );
    await app.register(clarificationRoutes(db));
    await app.register(complaintStatisticsRoutes(db));
  };
}
