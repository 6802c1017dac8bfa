import { idParam } from '@dandang/shared/org/org.schema';
import {
  actionBody,
  actionParams,
  categoryBody,
  categoryUpdateBody,
  indicatorQuery,
  listQuery,
  milestoneBody,
  milestoneParams,
  milestoneProgressBody,
  moderationBody,
  rewardBody,
  settingsBody,
  transferBody,
} from '@dandang/shared/participation/participation.schema';
import {
  categoryView,
  contactView,
  settingsView,
  submissionDetail,
  submissionPage,
  unitIndicatorView,
} from '@dandang/shared/participation/participation-view.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { createCategory, listJurisdictionCategories, updateCategory } from './categories.service';
import { addMilestone, recordReward, updateMilestoneProgress } from './follow-up.service';
import { takeAction } from './handling.service';
import { readUnitIndicators } from './indicators.service';
import { moderate } from './moderation.service';
import { type PublicLimits, participationPublicRoutes } from './public.routes';
import { submissionDetail as detail, listSubmissions, readContact } from './read.service';
import { readSettings, saveSettings } from './settings.service';
import { transfer } from './transfer.service';

const tags = ['participation'];
const read = { permission: 'participation.read' } as const;
const handle = { permission: 'participation.handle' } as const;
const configure = { permission: 'participation.configure' } as const;

/** 群众金点子与企业诉求 (issue 8 items 2–3): the public pages, and the staff's lists, handling, moderation, settings and unit figures. */
export function participationRoutes(db: Db, cipher: FieldCipher, limits: PublicLimits) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    await app.register(participationPublicRoutes(db, cipher, limits));
    /** Every step on a submission answers the page as it now reads, within the reader's scope. */
    const reread = async (req: { ctx: RequestContext; params: { id: string } }, write: Promise<void>) => {
      await write;
      return detail(db, cipher, req.ctx, req.params.id);
    };

    r.get(
      '/api/v1/participation/submissions',
      {
        schema: { tags, summary: '金点子与企业诉求列表（按答复期限排序，标注逾期）', querystring: listQuery, response: { 200: submissionPage } },
        config: read,
      },
      (req) => listSubmissions(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/participation/submissions/:id',
      { schema: { tags, summary: '详情（联系电话脱敏；原文仅内容审核人员可见）', params: idParam, response: { 200: submissionDetail } }, config: read },
      (req) => detail(db, cipher, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/participation/submissions/:id/contact',
      { schema: { tags, summary: '查看完整联系人与电话（每次查看留痕）', params: idParam, response: { 200: contactView } }, config: handle },
      (req) => readContact(db, cipher, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/participation/submissions/:id/actions/:action',
      {
        schema: { tags, summary: '办理：转入研究、答复采纳、答复不予采纳、办结', params: actionParams, body: actionBody, response: { 200: submissionDetail } },
        config: handle,
      },
      (req) => reread(req, takeAction(db, req.ctx, req.params.id, req.params.action, req.body)),
    );
    r.post(
      '/api/v1/participation/submissions/:id/reward',
      { schema: { tags, summary: '记录奖励（已采纳事项）', params: idParam, body: rewardBody, response: { 200: submissionDetail } }, config: handle },
      (req) => reread(req, recordReward(db, req.ctx, req.params.id, req.body)),
    );
    r.post(
      '/api/v1/participation/submissions/:id/milestones',
      { schema: { tags, summary: '新增推进节点（已采纳事项）', params: idParam, body: milestoneBody, response: { 200: submissionDetail } }, config: handle },
      (req) => reread(req, addMilestone(db, req.ctx, req.params.id, req.body)),
    );
    r.patch(
      '/api/v1/participation/submissions/:id/milestones/:milestoneId',
      {
        schema: { tags, summary: '更新推进节点进展', params: milestoneParams, body: milestoneProgressBody, response: { 200: submissionDetail } },
        config: handle,
      },
      (req) => reread(req, updateMilestoneProgress(db, req.ctx, req.params.id, req.params.milestoneId, req.body)),
    );
    r.post(
      '/api/v1/participation/submissions/:id/moderation',
      {
        schema: { tags, summary: '内容处理：屏蔽或公开处理后的文字（原文存档）', params: idParam, body: moderationBody, response: { 200: submissionDetail } },
        config: { permission: 'participation.moderate' },
      },
      (req) => reread(req, moderate(db, req.ctx, req.params.id, req.body)),
    );
    r.post(
      '/api/v1/participation/submissions/:id/transfer',
      {
        schema: { tags, summary: '转办：改由本地区其他单位办理（答复前）', params: idParam, body: transferBody, response: { 200: submissionDetail } },
        config: configure,
      },
      (req) => reread(req, transfer(db, req.ctx, req.params.id, req.body)),
    );
    r.get(
      '/api/v1/participation/unit-indicators',
      {
        schema: {
          tags,
          summary: '各单位按期答复率、解决（采纳）率与满意度（供考核定量指标使用）',
          querystring: indicatorQuery,
          response: { 200: z.array(unitIndicatorView) },
        },
        config: read,
      },
      (req) => readUnitIndicators(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/participation/categories',
      { schema: { tags, summary: '本地区的类别与承办单位', response: { 200: z.array(categoryView) } }, config: configure },
      (req) => listJurisdictionCategories(db, req.ctx),
    );
    r.post(
      '/api/v1/participation/categories',
      { schema: { tags, summary: '新增类别', body: categoryBody, response: { 200: categoryView } }, config: configure },
      (req) => createCategory(db, req.ctx, req.body),
    );
    r.patch(
      '/api/v1/participation/categories/:id',
      { schema: { tags, summary: '修改类别、承办单位或停用', params: idParam, body: categoryUpdateBody, response: { 200: categoryView } }, config: configure },
      (req) => updateCategory(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/participation/settings',
      { schema: { tags, summary: '本地区的状态名称与环节设置', response: { 200: settingsView } }, config: configure },
      (req) => readSettings(db, req.ctx),
    );
    r.put(
      '/api/v1/participation/settings',
      { schema: { tags, summary: '保存本地区的状态名称与环节设置', body: settingsBody, response: { 200: settingsView } }, config: configure },
      (req) => saveSettings(db, req.ctx, req.body),
    );
  };
}
