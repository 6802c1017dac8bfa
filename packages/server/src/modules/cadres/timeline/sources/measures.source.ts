import type { TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import { cadres, measures } from '../../cadres.tables';
import type { TimelineSource } from '../timeline.registry';

function scopedMeasures(db: Executor, cadreId: string, scope: SQL | undefined) {
  return db
    .select({
      code: measures.code,
      effectiveOn: measures.effectiveOn,
      months: measures.months,
      liftedOn: measures.liftedOn,
      decidingBody: measures.decidingBody,
      documentNo: measures.documentNo,
      revokedAt: measures.revokedAt,
      revokedReason: measures.revokedReason,
    })
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .where(and(eq(measures.cadreId, cadreId), scope))
    .orderBy(asc(measures.effectiveOn));
}

/** 处理处分措施: the decision, a suspension's lifting, and a revocation (the measure then no longer counts). */
export const measuresSource: TimelineSource = {
  source: 'measures',
  label: '处理处分措施',
  permission: 'measure.read',
  async entries(db, cadreId, scope) {
    return (await scopedMeasures(db, cadreId, scope)).flatMap((m) => {
      const label = MEASURE_LABELS[m.code as MeasureCode] ?? m.code;
      const decision = [m.decidingBody, m.documentNo].filter(Boolean).join(' ');
      const length = m.months ? `，察看期 ${m.months} 个月` : '';
      const entries: TimelineEntry[] = [{ date: m.effectiveOn, kind: 'measures.record', title: label, detail: `${decision}${length}`, source: 'measures' }];
      if (m.liftedOn) entries.push({ date: m.liftedOn, kind: 'measures.lift', title: `解除${label}`, detail: decision, source: 'measures' });
      if (m.revokedAt) {
        const detail = `原措施 ${m.effectiveOn} 生效；撤销原因：${m.revokedReason ?? ''}`;
        entries.push({ date: chinaDateOf(m.revokedAt), kind: 'measures.revoke', title: `撤销${label}`, detail, source: 'measures' });
      }
      return entries;
    });
  },
};
