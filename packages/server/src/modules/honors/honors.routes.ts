import {
  cadreHonorView,
  campaignActionParams,
  campaignDetail as campaignDetailSchema,
  campaignView,
  createCampaignBody,
  nominateBody,
  nominationView,
  objectionView,
  objectorView,
  resolveObjectionBody,
  reviewBody,
} from '@dandang/shared/honors/honor.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionField } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { cadreHonors } from './cadre-honors.service';
import { actOnCampaign, campaignDetail, createCampaign, listCampaigns } from './campaigns.service';
import { nominate, reviewNomination } from './nominations.service';
import { readObjector, resolveObjection } from './objections.service';

const tags = ['honors'];
const read = { permission: 'honor.read' } as const;
const manage = { permission: 'honor.manage' } as const;

/** 评先评优 for signed-in users: campaigns and quotas, nominations with screening, review, the steps, objections. */
export function honorRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/honors/campaigns',
      { schema: { tags, summary: '发起评选活动（分配各单位推荐名额）', body: createCampaignBody, response: { 200: campaignView } }, config: manage },
      (req) => createCampaign(db, req.ctx, req.body),
    );
    r.get('/api/v1/honors/campaigns', { schema: { tags, summary: '评选活动列表', response: { 200: z.array(campaignView) } }, config: read }, (req) =>
      listCampaigns(db, req.ctx),
    );
    r.get(
      '/api/v1/honors/campaigns/:id',
      {
        schema: {
          tags,
          summary: '评选活动详情：名额、推荐人选（含资格审查结果）、公示异议（组织者可见）',
          params: idParam,
          response: { 200: campaignDetailSchema },
        },
        config: read,
      },
      (req) => campaignDetail(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/honors/campaigns/:id/actions/:action',
      {
        schema: {
          tags,
          summary: '结束推荐进入审核（review）、开始公示（notice）、发布表彰结果（publish）',
          params: campaignActionParams,
          body: z.strictObject({ version: versionField }),
          response: { 200: campaignDetailSchema },
        },
        config: manage,
      },
      (req) => actOnCampaign(db, req.ctx, req.params.id, req.params.action, req.body.version),
    );
    r.post(
      '/api/v1/honors/campaigns/:id/nominations',
      {
        schema: { tags, summary: '推荐人选（即时资格审查，不符合的说明理由）', params: idParam, body: nominateBody, response: { 200: nominationView } },
        config: { permission: 'honor.nominate' },
      },
      (req) => nominate(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/honors/nominations/:id/review',
      { schema: { tags, summary: '审核推荐人选：拟表彰或未入选', params: idParam, body: reviewBody, response: { 200: nominationView } }, config: manage },
      (req) => reviewNomination(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/honors/objections/:id/resolve',
      {
        schema: { tags, summary: '办结公示异议（属实则取消该人选）并答复', params: idParam, body: resolveObjectionBody, response: { 200: objectionView } },
        config: manage,
      },
      (req) => resolveObjection(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/honors/objections/:id/objector',
      { schema: { tags, summary: '查看实名异议人身份（每次查看留痕）', params: idParam, response: { 200: objectorView } }, config: manage },
      (req) => readObjector(db, cipher, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/cadres/:id/honors',
      { schema: { tags, summary: '干部获得的荣誉（已发布的评选）', params: idParam, response: { 200: z.array(cadreHonorView) } }, config: read },
      (req) => cadreHonors(db, req.ctx, req.params.id),
    );
  };
}
