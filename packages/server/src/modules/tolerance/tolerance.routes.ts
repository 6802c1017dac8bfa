import { transitionBody } from '@dandang/shared/cases/case.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import {
  actionParams,
  applyBody,
  correctionBody,
  factsBody,
  linkAccountabilityBody,
  recommendationBody,
  toleranceListQuery,
  updateCorrectionBody,
} from '@dandang/shared/tolerance/tolerance.schema';
import { correctionView, recommendationView, toleranceDetail as toleranceDetailSchema, tolerancePage } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { linkAccountabilityCase } from './accountability-link.service';
import { takeAction } from './actions.service';
import { applyForTolerance } from './apply.service';
import { addCorrection, updateCorrection } from './corrections.service';
import { previewRecommendation, saveFacts } from './facts.service';
import { listToleranceCases, toleranceDetail } from './read.service';
import { statisticsRoutes } from './statistics.routes';

const tags = ['tolerance'];
const read = { permission: 'tolerance.read' } as const;
const handle = { permission: 'tolerance.handle' } as const;
const taskParams = z.object({ taskId: z.uuid('整改任务编号格式不正确') });

/**
 * 容错纠错 (issue 6 item 2): applying, the case list and page, the facts checklist and its live recommendation, the
 * steps of the workflow, the correction plan and the statistics. Files, comments, links and extensions of a case go
 * through the engine's /api/v1/cases routes.
 */
export function toleranceRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/tolerance/cases',
      {
        schema: {
          tags,
          summary: '提出容错申请（本人或所在单位）；带问责案件编号为主动容错',
          body: applyBody,
          response: { 200: toleranceDetailSchema },
        },
      },
      async (req) => toleranceDetail(db, req.ctx, await applyForTolerance(db, req.ctx, req.body)),
    );
    r.get(
      '/api/v1/tolerance/cases',
      { schema: { tags, summary: '容错纠错案件列表', querystring: toleranceListQuery, response: { 200: tolerancePage } }, config: read },
      (req) => listToleranceCases(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/tolerance/cases/:id',
      {
        schema: {
          tags,
          summary: '容错纠错案件：申请、调查核实清单、建议结果、认定、反馈报备、纠错整改',
          params: idParam,
          response: { 200: toleranceDetailSchema },
        },
        config: read,
      },
      (req) => toleranceDetail(db, req.ctx, req.params.id),
    );
    r.put(
      '/api/v1/tolerance/cases/:id/facts',
      { schema: { tags, summary: '保存调查核实清单', params: idParam, body: factsBody, response: { 200: toleranceDetailSchema } }, config: handle },
      async (req) => {
        await saveFacts(db, req.ctx, req.params.id, req.body);
        return toleranceDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/tolerance/cases/:id/accountability-cases',
      {
        schema: {
          tags,
          summary: '关联所涉问责案件（集体研究认定前）',
          params: idParam,
          body: linkAccountabilityBody,
          response: { 200: toleranceDetailSchema },
        },
        config: handle,
      },
      async (req) => {
        await linkAccountabilityCase(db, req.ctx, req.params.id, req.body.accountabilityCaseId);
        return toleranceDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/tolerance/recommendation',
      {
        schema: { tags, summary: '按调查核实清单计算建议结果（不保存）', body: recommendationBody, response: { 200: recommendationView } },
        config: read,
      },
      (req) => previewRecommendation(db, req.ctx, req.body),
    );
    r.post(
      '/api/v1/tolerance/cases/:id/actions/:action',
      {
        schema: {
          tags,
          summary: '办理：受理、不予受理、提请集体研究、集体研究认定、书面反馈、报备、办结',
          params: actionParams,
          body: transitionBody,
          response: { 200: toleranceDetailSchema },
        },
      },
      async (req) => {
        await takeAction(db, req.ctx, req.params.id, req.params.action, req.body);
        return toleranceDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/tolerance/cases/:id/corrections',
      { schema: { tags, summary: '制定纠错整改任务', params: idParam, body: correctionBody, response: { 200: correctionView } }, config: handle },
      (req) => addCorrection(db, req.ctx, req.params.id, req.body),
    );
    r.put(
      '/api/v1/tolerance/corrections/:taskId',
      {
        schema: { tags, summary: '更新纠错整改任务（完成情况）', params: taskParams, body: updateCorrectionBody, response: { 200: correctionView } },
        config: handle,
      },
      (req) => updateCorrection(db, req.ctx, req.params.taskId, req.body),
    );
    await app.register(statisticsRoutes(db));
  };
}
