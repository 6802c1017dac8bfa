import {
  applyExitsBody,
  applyExitsResult,
  approveBody,
  boardSchema,
  candidatePageSchema,
  createPoolBody,
  exitBody,
  memberPageSchema,
  memberSchema,
  membersQuery,
  nominateBody,
  poolSchema,
  rejectBody,
  reviewQuery,
  reviewSchema,
  suggestionsQuery,
  updatePoolBody,
} from '@dandang/shared/cadres/talent-pool.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionQuery } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import { approveEntry, exitByDecision, listMembers, nominate, rejectEntry } from './members.service';
import { createPool, deletePool, getPool, listPools, poolBoard, updatePool } from './pools.service';
import { applyReviewExits, poolCandidates, poolReview } from './review.service';

const tags = ['cadres'];
const read = { permission: 'talent_pool.read' } as const;
const nominator = { permission: 'talent_pool.nominate' } as const;
const write = { permission: 'talent_pool.write' } as const;

/** 优秀年轻干部库: pools, nomination → entry approval → exit by decision or by rule, the yearly review and the board. */
export function talentPoolRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/talent-pools', { schema: { tags, summary: '人才库列表（含各状态人数）', response: { 200: z.array(poolSchema) } }, config: read }, (req) =>
      listPools(db, req.ctx),
    );
    r.get('/api/v1/talent-pools/board', { schema: { tags, summary: '人才库看板：按领域、层次统计', response: { 200: boardSchema } }, config: read }, (req) =>
      poolBoard(db, req.ctx),
    );
    r.post('/api/v1/talent-pools', { schema: { tags, summary: '新建人才库', body: createPoolBody, response: { 200: poolSchema } }, config: write }, (req) =>
      createPool(db, req.ctx, req.body),
    );
    r.get('/api/v1/talent-pools/:id', { schema: { tags, summary: '人才库', params: idParam, response: { 200: poolSchema } }, config: read }, (req) =>
      getPool(db, req.ctx, req.params.id),
    );
    r.patch(
      '/api/v1/talent-pools/:id',
      { schema: { tags, summary: '修改或停用人才库', params: idParam, body: updatePoolBody, response: { 200: poolSchema } }, config: write },
      (req) => updatePool(db, req.ctx, req.params.id, req.body),
    );
    r.delete(
      '/api/v1/talent-pools/:id',
      { schema: { tags, summary: '删除人才库（仅限无任何推荐记录）', params: idParam, querystring: versionQuery, response: { 204: z.null() } }, config: write },
      async (req, reply) => {
        await deletePool(db, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send(null);
      },
    );
    r.get(
      '/api/v1/talent-pools/:id/members',
      { schema: { tags, summary: '人才库人员（按状态）', params: idParam, querystring: membersQuery, response: { 200: memberPageSchema } }, config: read },
      (req) => listMembers(db, req.ctx, req.params.id, req.query),
    );
    r.get(
      '/api/v1/talent-pools/:id/candidates',
      {
        schema: { tags, summary: '按规则推荐的入库人选', params: idParam, querystring: suggestionsQuery, response: { 200: candidatePageSchema } },
        config: nominator,
      },
      (req) => poolCandidates(db, req.ctx, req.params.id, req.query),
    );
    r.post(
      '/api/v1/talent-pools/:id/members',
      { schema: { tags, summary: '推荐入库（须填写推荐理由）', params: idParam, body: nominateBody, response: { 200: memberSchema } }, config: nominator },
      (req) => nominate(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/talent-pools/:id/review',
      {
        schema: { tags, summary: '年度复核：按规则应出库的在库人员及原因', params: idParam, querystring: reviewQuery, response: { 200: reviewSchema } },
        config: write,
      },
      (req) => poolReview(db, req.ctx, req.params.id, req.query.year),
    );
    r.post(
      '/api/v1/talent-pools/:id/review/apply',
      { schema: { tags, summary: '年度复核：按规则出库', params: idParam, body: applyExitsBody, response: { 200: applyExitsResult } }, config: write },
      (req) => applyReviewExits(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/talent-pool-members/:id/approve',
      { schema: { tags, summary: '审批同意入库', params: idParam, body: approveBody, response: { 200: memberSchema } }, config: write },
      (req) => approveEntry(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/talent-pool-members/:id/reject',
      { schema: { tags, summary: '审批不同意入库', params: idParam, body: rejectBody, response: { 200: memberSchema } }, config: write },
      (req) => rejectEntry(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/talent-pool-members/:id/exit',
      { schema: { tags, summary: '决定出库（须填写理由）', params: idParam, body: exitBody, response: { 200: memberSchema } }, config: write },
      (req) => exitByDecision(db, req.ctx, req.params.id, req.body),
    );
  };
}
