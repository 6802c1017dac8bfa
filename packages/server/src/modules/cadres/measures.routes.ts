import {
  alertsQuery,
  impactQuery,
  impactSchema,
  liftSuspensionBody,
  measureAlertsSchema,
  measureSchema,
  recordMeasureBody,
  revokeMeasureBody,
} from '@dandang/shared/cadres/measure.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { cadreImpact, measureAlerts } from './impact.service';
import { liftSuspension, listCadreMeasures, recordMeasure, revokeMeasure } from './measures.service';

const tags = ['cadres'];
const read = { permission: 'measure.read' } as const;
const write = { permission: 'measure.write' } as const;

/** The measures register (处理处分措施) and the impact panel of a cadre's profile. */
export function measureRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres/:id/measures',
      { schema: { tags, summary: '干部的处理处分措施（含已撤销）', params: idParam, response: { 200: z.array(measureSchema) } }, config: read },
      (req) => listCadreMeasures(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/cadres/:id/measures',
      { schema: { tags, summary: '登记处理处分措施', params: idParam, body: recordMeasureBody, response: { 200: measureSchema } }, config: write },
      (req) => recordMeasure(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/measures/:id/lift',
      { schema: { tags, summary: '解除停职检查', params: idParam, body: liftSuspensionBody, response: { 200: measureSchema } }, config: write },
      (req) => liftSuspension(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/measures/:id/revoke',
      {
        schema: { tags, summary: '撤销处理处分措施（撤销后不再计入影响期）', params: idParam, body: revokeMeasureBody, response: { 200: measureSchema } },
        config: write,
      },
      (req) => revokeMeasure(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/cadres/:id/impact',
      {
        schema: { tags, summary: '影响期：能否提拔、何时起可以、年度考核等次影响', params: idParam, querystring: impactQuery, response: { 200: impactSchema } },
        config: read,
      },
      (req) => cadreImpact(db, req.ctx, req.params.id, req.query.asOf),
    );
    r.get(
      '/api/v1/measures/alerts',
      { schema: { tags, summary: '提拔影响期即将届满的干部', querystring: alertsQuery, response: { 200: measureAlertsSchema } }, config: read },
      (req) => measureAlerts(db, req.ctx, req.query.withinDays),
    );
  };
}
