import {
  ballotCode,
  ballotFormView,
  ballotSessionView,
  ballotTallyView,
  createBallotSessionBody,
  issuedCodesView,
  submitBallotBody,
} from '@dandang/shared/assessment/ballot.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionField } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { castBallot, closeBallotSession, createBallotSession, listBallotSessions, openBallot, tallyBallotSession } from './ballots.service';

const tags = ['assessment'];
const read = { permission: 'assessment.read' } as const;
const config = { permission: 'assessment.config' } as const;
const results = { permission: 'assessment.result.read' } as const;

/** 民主测评: codes per rater group, the anonymous ballot (no login), turnout, closing and the tally. */
export function ballotRoutes(db: Db, options: { ballotRateLimit: number }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const publicLimited = { public: true, rateLimit: { max: options.ballotRateLimit, timeWindow: 60_000 } };
    r.post(
      '/api/v1/assessment/cycles/:id/ballot-sessions',
      {
        schema: {
          tags,
          summary: '组织民主测评：按测评组生成一次性测评码（只返回这一次）',
          params: idParam,
          body: createBallotSessionBody,
          response: { 200: issuedCodesView },
        },
        config,
      },
      (req) => createBallotSession(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/ballot-sessions',
      { schema: { tags, summary: '本周期的民主测评与各组投票率', params: idParam, response: { 200: z.array(ballotSessionView) } }, config: read },
      (req) => listBallotSessions(db, req.params.id),
    );
    r.post(
      '/api/v1/assessment/ballot-sessions/:id/close',
      {
        schema: {
          tags,
          summary: '结束民主测评',
          params: idParam,
          body: z.strictObject({ version: versionField }),
          response: { 200: ballotSessionView },
        },
        config,
      },
      (req) => closeBallotSession(db, req.ctx, req.params.id, req.body.version),
    );
    r.get(
      '/api/v1/assessment/ballot-sessions/:id/tally',
      { schema: { tags, summary: '民主测评计票：各组平均分与加权得分', params: idParam, response: { 200: ballotTallyView } }, config: results },
      (req) => tallyBallotSession(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/public/ballots/:code',
      {
        schema: { tags, summary: '凭测评码打开测评票（无需登录）', params: z.object({ code: ballotCode }), response: { 200: ballotFormView } },
        config: publicLimited,
      },
      (req) => openBallot(db, req.params.code),
    );
    r.post(
      '/api/v1/public/ballots',
      {
        schema: { tags, summary: '提交测评票（每个测评码只能投一次）', body: submitBallotBody, response: { 200: z.object({ accepted: z.literal(true) }) } },
        config: publicLimited,
      },
      (req) => castBallot(db, req.body),
    );
  };
}
