import { accountabilityCaseDetail, casePage, caseQuery, proposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import { answerAppealBody, appealPage, appealQuery, appealView, lodgeAppealBody } from '@dandang/shared/accountability/appeal.schema';
import { createMatterBody, matterPage, matterQuery, matterView } from '@dandang/shared/accountability/matter.schema';
import { proposalBody } from '@dandang/shared/accountability/proposal.schema';
import { transitionBody } from '@dandang/shared/cases/case.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { actOnCase } from './actions.service';
import { answerAppeal, listAppeals, lodgeAppeal } from './appeals.service';
import { accountabilityDetail } from './case-detail.service';
import { listAccountabilityCases } from './case-list.service';
import { createMatter, getMatter, listMatters } from './matters.service';
import { propose } from './proposals.service';

const tags = ['accountability'];
const read = { permission: 'accountability.read' } as const;
const propose_ = { permission: 'accountability.propose' } as const;
const decide = { permission: 'accountability.decide' } as const;
export const actionParams = z.object({ id: z.uuid('案件编号格式不正确'), action: z.string().min(1).max(40) });

/** 问责统筹: matters, proposals merged into one case per subject, decisions, appeals and corrections. */
export function accountabilityRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/accountability/matters',
      { schema: { tags, summary: '登记问责事项', body: createMatterBody, response: { 200: matterView } }, config: propose_ },
      (req) => createMatter(db, req.ctx, req.body),
    );
    r.get(
      '/api/v1/accountability/matters',
      { schema: { tags, summary: '问责事项列表（登记单位或其任一案件在查看范围内）', querystring: matterQuery, response: { 200: matterPage } }, config: read },
      (req) => listMatters(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/accountability/matters/:id',
      { schema: { tags, summary: '问责事项详情及其问责案件', params: idParam, response: { 200: matterView } }, config: read },
      (req) => getMatter(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/accountability/matters/:id/proposals',
      {
        schema: {
          tags,
          summary: '提出问责建议（同一对象同一事项并入一个案件；已作出决定的拒绝重复问责）',
          params: idParam,
          body: proposalBody,
          response: { 200: proposalResult },
        },
        config: propose_,
      },
      (req) => propose(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/accountability/cases',
      { schema: { tags, summary: '问责案件列表', querystring: caseQuery, response: { 200: casePage } }, config: read },
      (req) => listAccountabilityCases(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/accountability/cases/:id',
      {
        schema: {
          tags,
          summary: '问责案件：各机关建议、牵头机关、决定、措施、容错认定、重复问责提示、申诉',
          params: idParam,
          response: { 200: accountabilityCaseDetail },
        },
        config: read,
      },
      (req) => accountabilityDetail(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/accountability/cases/:id/actions/:action',
      {
        schema: {
          tags,
          summary: '办理问责案件（coordinate 统筹研究、decide 作出决定、notHold 不予问责、execute 执行完毕、correct 纠正）',
          params: actionParams,
          body: transitionBody,
          response: { 200: accountabilityCaseDetail },
        },
        config: read,
      },
      (req) => actOnCase(db, req.ctx, req.params.id, req.params.action, req.body),
    );
    r.post(
      '/api/v1/accountability/cases/:id/appeals',
      {
        schema: { tags, summary: '代为提出申诉（决定后 1 个月内）', params: idParam, body: lodgeAppealBody, response: { 200: accountabilityCaseDetail } },
        config: propose_,
      },
      (req) => lodgeAppeal(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/accountability/appeals',
      {
        schema: { tags, summary: '申诉列表（open 未答复、overdue 逾期未答复、answered 已答复、all）', querystring: appealQuery, response: { 200: appealPage } },
        config: read,
      },
      (req) => listAppeals(db, req.ctx, req.query),
    );
    r.post(
      '/api/v1/accountability/appeals/:id/answer',
      { schema: { tags, summary: '答复申诉', params: idParam, body: answerAppealBody, response: { 200: appealView } }, config: decide },
      (req) => answerAppeal(db, req.ctx, req.params.id, req.body),
    );
  };
}
