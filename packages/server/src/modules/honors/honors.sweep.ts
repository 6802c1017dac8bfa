import { chinaDateOf } from '@dandang/shared/dates/date';
import { and, eq, lt } from 'drizzle-orm';
import { holdersIn, type Message, type SweepSource } from '../notifications';
import { refusalsToPublish } from './campaigns.service';
import * as repo from './honors.repository';
import { campaignScope } from './honors.scope';
import { honorCampaigns } from './honors.tables';

/**
 * 公示期满 (DOMAIN.md §10): once a campaign's notice has run its full period and nothing else stands in the way of
 * publication (no open objection, someone left to honor), those who organize its jurisdiction's campaigns are told it
 * can be published, once per notice end. One held back by an objection is told on the sweep after it is resolved.
 */
export const publishableSource: SweepSource = {
  code: 'HONOR_PUBLISHABLE',
  reads: ['honor.read'],
  async find(db, reader) {
    const today = chinaDateOf(reader.now);
    const ended = await repo.listCampaigns(
      db,
      and(campaignScope(reader, 'honor.read'), eq(honorCampaigns.state, 'NOTICE'), lt(honorCampaigns.noticeEndsOn, today)),
    );
    const messages: Message[] = [];
    for (const c of ended) {
      if ((await refusalsToPublish(db, c, today)).length > 0) continue;
      messages.push({
        kind: 'HONOR_PUBLISHABLE',
        title: `“${c.title}”公示期满，可以发布`,
        body: `公示期至 ${c.noticeEndsOn} 已满，没有未办结的公示异议，可以发布表彰结果。`,
        link: `/honors/${c.id}`,
        subject: { type: 'honor_campaign', id: c.id },
        on: c.noticeEndsOn,
        userIds: await holdersIn(db, 'honor.manage', c.jurisdictionId),
      });
    }
    return messages;
  },
};
