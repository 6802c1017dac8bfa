import { categoriesQuery, queryCode, ratingBody, submitBody } from '@dandang/shared/participation/participation.schema';
import { challengeView, publicCategoryView, publicSubmissionView, submittedView } from '@dandang/shared/participation/participation-view.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { listPublicCategories } from './categories.service';
import { issueChallenge } from './challenge.service';
import { publicView, rate } from './public.service';
import { submit } from './submit.service';

const tags = ['participation'];
/** A submission is a few kilobytes of text; anything larger is refused before it is parsed. */
const SUBMIT_BODY_LIMIT = 16 * 1024;

/** Submissions (and ratings) per address and hour: a person sends a few; an office behind one address, a few dozen. */
const SUBMITS_PER_HOUR = 30;

export interface PublicLimits {
  /** Public reads (categories, challenges, status by code) per address and minute: the public pages' budget. */
  publicRateLimit: number;
}

/** 群众金点子与企业诉求的公开页面 (no login): categories, the challenge, submitting, following by query code, rating. */
export function participationPublicRoutes(db: Db, cipher: FieldCipher, limits: PublicLimits) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const reads = { public: true, rateLimit: { max: limits.publicRateLimit, timeWindow: 60_000 } };
    const writes = { public: true, rateLimit: { max: SUBMITS_PER_HOUR, timeWindow: 3_600_000 } };
    r.get(
      '/api/v1/public/participation/categories',
      {
        schema: { tags, summary: '可选择的类别及承办单位（无需登录）', querystring: categoriesQuery, response: { 200: z.array(publicCategoryView) } },
        config: reads,
      },
      (req) => listPublicCategories(db, req.query.kind),
    );
    r.get(
      '/api/v1/public/participation/challenge',
      { schema: { tags, summary: '获取验证题（每题只能使用一次，10 分钟内有效）', response: { 200: challengeView } }, config: reads },
      (req) => issueChallenge(db, req.ctx.now),
    );
    r.post(
      '/api/v1/public/participation/submissions',
      {
        schema: { tags, summary: '提交金点子或企业诉求（实名或匿名；返回查询码，仅显示这一次）', body: submitBody, response: { 200: submittedView } },
        config: writes,
        bodyLimit: SUBMIT_BODY_LIMIT,
      },
      (req) => submit(db, cipher, req.ctx, req.body),
    );
    r.get(
      '/api/v1/public/participation/submissions/:code',
      {
        schema: { tags, summary: '凭查询码查询办理情况（无需登录）', params: z.object({ code: queryCode }), response: { 200: publicSubmissionView } },
        config: reads,
      },
      (req) => publicView(db, req.params.code),
    );
    r.post(
      '/api/v1/public/participation/submissions/:code/rating',
      {
        schema: {
          tags,
          summary: '企业对答复评价满意度（1–5，只能评价一次）',
          params: z.object({ code: queryCode }),
          body: ratingBody,
          response: { 200: publicSubmissionView },
        },
        config: writes,
      },
      (req) => rate(db, req.ctx, req.params.code, req.body),
    );
  };
}
