import type { Readable } from 'node:stream';
import { yearToDate } from '@dandang/shared/dashboard/dashboard.rules';
import type { DrillRow, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Database, Db, Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { streamWorkbook } from '../../platform/excel/export';
import { units } from '../org';
import { visibleSources } from './dashboard.service';
import { readerOf } from './kpi-reader';
import type { KpiReader, KpiSource } from './kpi-source';

/** A figure the reader may see; any other code answers 404, whether it exists or not. */
function requireSource(reader: KpiReader, code: string): KpiSource {
  const source = visibleSources(reader).find((s) => s.code === code);
  if (!source) throw notFound();
  return source;
}

/** The unit a heat map cell stands for, when it lies within the reader's dashboard scope. */
async function requireUnitName(db: Executor, reader: KpiReader, unitId: string): Promise<string> {
  const [row] = await db
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), reader.within(units.id)))
    .limit(1);
  if (!row) throw notFound();
  return row.name;
}

/** The rows behind a figure (optionally one unit's): the same condition its count is built on, so they always agree. */
export async function drillList(db: Db, ctx: RequestContext, code: string, unitId?: string): Promise<DrillView> {
  const reader = readerOf(ctx, yearToDate);
  const source = requireSource(reader, code);
  const unitName = unitId ? await requireUnitName(db, reader, unitId) : null;
  const rows = await source.rows(db, reader, { unitId });
  return { kpi: source.code, label: source.label, basis: source.basis, dateLabel: source.dateLabel, period: reader.period, unitName, rows };
}

/** The drill-down as a workbook. It is a read of many records leaving the system, so it is logged with its filter and size. */
export async function drillWorkbook(
  { db, reader }: Pick<Database, 'db' | 'reader'>,
  ctx: RequestContext,
  code: string,
  unitId?: string,
): Promise<{ name: string; stream: Readable }> {
  const view = await drillList(reader, ctx, code, unitId);
  await db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'dashboard.export',
      entity: 'dashboard',
      changes: { kpi: { before: null, after: view.kpi }, unitId: { before: null, after: unitId ?? null }, rows: { before: null, after: view.rows.length } },
    }),
  );
  async function* pages() {
    yield view.rows;
  }
  const title = `${view.label}${view.unitName ? `-${view.unitName}` : ''}`;
  const stream = streamWorkbook<DrillRow>(
    view.label,
    [
      { header: '事项', width: 48, value: (r) => r.title },
      { header: '单位', width: 24, value: (r) => r.unitName },
      { header: '干部', width: 12, value: (r) => r.cadreName },
      { header: view.dateLabel, width: 14, value: (r) => r.date },
      { header: '状态', width: 36, value: (r) => r.status },
    ],
    pages(),
  );
  return { name: `${title}-${view.period.to}.xlsx`, stream };
}
