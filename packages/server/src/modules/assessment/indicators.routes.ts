import {
  indicatorBody,
  indicatorFeedView,
  indicatorQuery,
  indicatorRevisionView,
  indicatorView,
  retireIndicatorBody,
  updateIndicatorBody,
} from '@dandang/shared/assessment/indicator.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { indicatorFeeds } from './indicator-feeds';
import { createIndicator, getIndicator, listIndicatorRevisions, listIndicators, setIndicatorRetired, updateIndicator } from './indicators.service';

const tags = ['assessment'];
const read = { permission: 'assessment.read' } as const;
const config = { permission: 'assessment.config' } as const;

/** 指标库: quantitative and qualitative indicators, their revisions, retiring and restoring, and the feeds (数据来源) they may name. */
export function indicatorRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/indicators',
      { schema: { tags, summary: '指标库', querystring: indicatorQuery, response: { 200: z.array(indicatorView) } }, config: read },
      (req) => listIndicators(db, req.query),
    );
    r.get(
      '/api/v1/assessment/indicator-feeds',
      { schema: { tags, summary: '定量指标可用的数据来源', response: { 200: z.array(indicatorFeedView) } }, config: read },
      () => indicatorFeeds(),
    );
    r.post('/api/v1/assessment/indicators', { schema: { tags, summary: '新增指标', body: indicatorBody, response: { 200: indicatorView } }, config }, (req) =>
      createIndicator(db, req.ctx, req.body),
    );
    r.get('/api/v1/assessment/indicators/:id', { schema: { tags, summary: '指标', params: idParam, response: { 200: indicatorView } }, config: read }, (req) =>
      getIndicator(db, req.params.id),
    );
    r.put(
      '/api/v1/assessment/indicators/:id',
      {
        schema: { tags, summary: '修改指标（计分方式变化时生成新版本）', params: idParam, body: updateIndicatorBody, response: { 200: indicatorView } },
        config,
      },
      (req) => updateIndicator(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/indicators/:id/retired',
      { schema: { tags, summary: '停用或恢复指标', params: idParam, body: retireIndicatorBody, response: { 200: indicatorView } }, config },
      (req) => setIndicatorRetired(db, req.ctx, req.params.id, req.body.version, req.body.retired),
    );
    r.get(
      '/api/v1/assessment/indicators/:id/revisions',
      { schema: { tags, summary: '指标的历史版本', params: idParam, response: { 200: z.array(indicatorRevisionView) } }, config: read },
      (req) => listIndicatorRevisions(db, req.params.id),
    );
  };
}
