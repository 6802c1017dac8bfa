import { timelineSchema } from '@dandang/shared/cadres/timeline.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/client';
import { cadreTimeline } from './timeline.service';

export function timelineRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/cadres/:id/timeline',
      {
        schema: {
          tags: ['cadres'],
          summary: '干部时间轴：任职、措施、考核、监督、人才库等（只含有权查看的部分）',
          params: idParam,
          response: { 200: timelineSchema },
        },
        config: { permission: 'cadre.read' },
      },
      (req) => cadreTimeline(db, req.ctx, req.params.id),
    );
  };
}
