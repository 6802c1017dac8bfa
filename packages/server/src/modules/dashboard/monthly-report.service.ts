import { monthPeriod } from '@dandang/shared/dashboard/dashboard.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Database } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import { packDocument } from '../../platform/word/official';
import { alertsOf, visibleFigures } from './dashboard.service';
import { readerOf } from './kpi-reader';
import { buildMonthlyReport, type MonthlyReport } from './monthly-report.document';

/** Alerts the one page has room for, most urgent of each alerting figure first. */
const REPORT_ALERTS = 6;

/** Whose figures the report gives: the dashboard's scope of the reader, as readerOf applies it. */
function scopeNameOf(ctx: RequestContext): string {
  const unit = ctx.actor?.unitName ?? '';
  switch (ctx.actor?.permissions['dashboard.read']) {
    case 'all':
      return '全部单位';
    case 'unit_subtree':
      return `${unit}及下级单位`;
    default:
      return unit;
  }
}

/** The figures of a month (flows in the month, stocks as of today) and the top alerts, within the reader's scope. */
export async function monthlyReport(
  { db, reader: replica }: Pick<Database, 'db' | 'reader'>,
  ctx: RequestContext,
  month?: string,
): Promise<{ name: string; bytes: Buffer }> {
  const today = chinaDateOf(ctx.now);
  const asked = month ?? today.slice(0, 7);
  const period = monthPeriod(asked, today);
  if (!period) throw validationError([{ path: 'month', message: `${asked} 尚未开始，没有可报告的数据` }]);
  const reader = readerOf(ctx, () => period);
  const figured = await visibleFigures(replica, reader);
  const alerts = await alertsOf(replica, reader, figured, REPORT_ALERTS);
  const report: MonthlyReport = {
    month: asked,
    period,
    today,
    scopeName: scopeNameOf(ctx),
    figures: figured.map((f) => f.figure),
    alerts: alerts.slice(0, REPORT_ALERTS),
  };
  const bytes = await packDocument(buildMonthlyReport(report));
  await db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'dashboard.monthly_report', entity: 'dashboard', changes: { month: { before: null, after: asked } } }),
  );
  return { name: `动态监测月报-${asked}.docx`, bytes };
}
