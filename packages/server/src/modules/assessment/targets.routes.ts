import { heatMapView, myTargetsView, progressView, targetBody, targetsQuery, targetView, updateTargetBody } from '@dandang/shared/assessment/target.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionQuery } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { targetHeatMap } from './target-heatmap.service';
import { createTarget, deleteTarget, getTarget, listTargets, myTargets, updateTarget } from './targets.service';

const tags = ['assessment'];
const read = { permission: 'assessment.target.read' } as const;
const write = { permission: 'assessment.target.write' } as const;

/** 目标任务: a cycle's tree of targets, decomposed jurisdiction → unit → person, and its completion heat map. */
export function targetRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/cycles/:id/targets',
      {
        schema: {
          tags,
          summary: '目标任务清单（上级在前；mine=true 时为本人可填报进展的目标）',
          params: idParam,
          querystring: targetsQuery,
          response: { 200: z.array(targetView) },
        },
        config: read,
      },
      (req) => listTargets(db, req.ctx, req.params.id, req.query),
    );
    r.get(
      '/api/v1/assessment/my-targets',
      {
        schema: { tags, summary: '我的目标任务：各填报中考核周期里本人可填报进展的目标', response: { 200: z.array(myTargetsView) } },
        config: { permission: 'assessment.progress' },
      },
      (req) => myTargets(db, req.ctx),
    );
    r.post(
      '/api/v1/assessment/cycles/:id/targets',
      { schema: { tags, summary: '新建或分解目标任务', params: idParam, body: targetBody, response: { 200: targetView } }, config: write },
      (req) => createTarget(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/targets/heatmap',
      { schema: { tags, summary: '目标完成情况热力图（单位 × 指标）', params: idParam, response: { 200: heatMapView } }, config: read },
      (req) => targetHeatMap(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/assessment/targets/:id',
      {
        schema: { tags, summary: '目标任务及其全部进展', params: idParam, response: { 200: z.object({ target: targetView, history: z.array(progressView) }) } },
        config: read,
      },
      (req) => getTarget(db, req.ctx, req.params.id),
    );
    r.put(
      '/api/v1/assessment/targets/:id',
      { schema: { tags, summary: '修改目标任务', params: idParam, body: updateTargetBody, response: { 200: targetView } }, config: write },
      (req) => updateTarget(db, req.ctx, req.params.id, req.body),
    );
    r.delete(
      '/api/v1/assessment/targets/:id',
      { schema: { tags, summary: '删除未分解的目标任务', params: idParam, querystring: versionQuery, response: { 204: z.null() } }, config: write },
      async (req, reply) => {
        await deleteTarget(db, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send(null);
      },
    );
  };
}
