import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { sendCaseDocument } from '../documents';
import { honorCertificateListDocument, honorNoticeDocument } from './honors.documents';
import * as repo from './honors.repository';
import { campaignScope } from './honors.scope';
import { noticedState } from './public-notice.service';

const tags = ['documents'];

/** The campaign (in the organizer's scope), its jurisdiction and the people its notice lists. */
async function documentModel(db: Db, ctx: RequestContext, id: string) {
  const campaign = await repo.findCampaign(db, id, campaignScope(ctx, 'honor.manage'));
  if (!campaign) throw notFound();
  const jurisdiction = await repo.findJurisdiction(db, campaign.jurisdictionId);
  if (!jurisdiction) throw notFound();
  const people = await repo.listNominations(db, id, undefined, [noticedState(campaign.state)]);
  return { campaign, model: { jurisdiction, campaign, people: people.map((p) => ({ ...p, name: p.cadreName, post: p.post || null })) } };
}

/** 公示 and 荣誉证书名单 as Word documents in the 公文 layout. */
export function honorDocumentRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/honors/campaigns/:id/notice.docx',
      { schema: { tags, summary: '下载评先评优公示（Word；公示开始后）', params: idParam }, config: { permission: 'honor.manage' } },
      async (req, reply) => {
        const { campaign, model } = await documentModel(db, req.ctx, req.params.id);
        if (!campaign.noticeStartsOn || !campaign.noticeEndsOn) throw new DomainError('STATE_CONFLICT', undefined, '尚未公示，不能出具公示');
        const document = honorNoticeDocument({ ...model, noticeStartsOn: campaign.noticeStartsOn, noticeEndsOn: campaign.noticeEndsOn });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'honor_campaign', caseId: campaign.id, kind: `${campaign.title}-公示`, document });
      },
    );
    r.get(
      '/api/v1/honors/campaigns/:id/certificates.docx',
      { schema: { tags, summary: '下载荣誉证书名单（Word；发布后）', params: idParam }, config: { permission: 'honor.manage' } },
      async (req, reply) => {
        const { campaign, model } = await documentModel(db, req.ctx, req.params.id);
        if (!campaign.publishedOn) throw new DomainError('STATE_CONFLICT', undefined, '表彰结果尚未发布，不能出具证书名单');
        const document = honorCertificateListDocument({ ...model, publishedOn: campaign.publishedOn });
        return sendCaseDocument(db, req.ctx, reply, { entity: 'honor_campaign', caseId: campaign.id, kind: `${campaign.title}-荣誉证书名单`, document });
      },
    );
  };
}
