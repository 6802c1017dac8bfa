import type { Period } from '@dandang/shared/dashboard/dashboard.rules';
import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import { and, asc, between, count, desc, eq, type SQL } from 'drizzle-orm';
import { cadres } from '../cadres';
import { type KpiReader, type KpiSource, monthOfDate, ofUnit, upTo } from '../dashboard';
import { units } from '../org';
import { nominationScope } from './honors.scope';
import { honorCampaigns, honorNominations } from './honors.tables';

/*
 * 评先评优 on 动态监测 (issue 8: "honors, ideas and appeals"): the cadres honored in campaigns published in the period,
 * counted by the unit that nominated them, within the reader's honor.read scope and the dashboard's. Count, rows and
 * trend share the one condition below, so the figure equals its drill-down.
 */

const honoredIn = (reader: KpiReader, period: Period): SQL | undefined =>
  and(
    eq(honorNominations.state, 'AWARDED'),
    between(honorCampaigns.publishedOn, period.from, period.to),
    nominationScope(reader.ctx, 'honor.read'),
    reader.within(honorNominations.unitId),
  );

export const honorsPublished: KpiSource = {
  code: 'HONORS_PUBLISHED',
  label: '评先评优表彰',
  group: 'participation',
  basis: 'flow',
  unit: '人',
  hint: '期间内发布的评先评优活动中获得表彰的干部',
  dateLabel: '发布日期',
  permissions: ['honor.read'],
  heat: true,
  count: (db, reader) =>
    db
      .select({ unitId: honorNominations.unitId, unitName: units.name, value: count() })
      .from(honorNominations)
      .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
      .innerJoin(units, eq(units.id, honorNominations.unitId))
      .where(honoredIn(reader, reader.period))
      .groupBy(honorNominations.unitId, units.name),
  async rows(db, reader, filter) {
    const query = db
      .select({
        id: honorNominations.id,
        campaignId: honorCampaigns.id,
        campaign: honorCampaigns.title,
        kind: honorCampaigns.kind,
        publishedOn: honorCampaigns.publishedOn,
        cadreName: cadres.name,
        unitId: honorNominations.unitId,
        unitName: units.name,
      })
      .from(honorNominations)
      .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
      .innerJoin(units, eq(units.id, honorNominations.unitId))
      .innerJoin(cadres, eq(cadres.id, honorNominations.cadreId))
      .where(and(honoredIn(reader, reader.period), ofUnit(honorNominations.unitId, filter)))
      .orderBy(desc(honorCampaigns.publishedOn), asc(cadres.name), asc(honorNominations.id));
    return (await upTo(query, filter)).map((r) => ({
      id: r.id,
      title: `${r.cadreName} 获评${HONOR_KINDS[r.kind]}`,
      unitId: r.unitId,
      unitName: r.unitName,
      cadreName: r.cadreName,
      date: r.publishedOn,
      status: r.campaign,
      href: `/honors/${r.campaignId}`,
    }));
  },
  monthly(db, reader, from) {
    const month = monthOfDate(honorCampaigns.publishedOn);
    return db
      .select({ month, value: count() })
      .from(honorNominations)
      .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
      .where(honoredIn(reader, { from, to: reader.today }))
      .groupBy(month);
  },
};
