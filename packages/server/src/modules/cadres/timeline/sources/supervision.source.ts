import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import { and, eq } from 'drizzle-orm';
import { cadres } from '../../cadres.tables';
import { supervisionRecords } from '../../supervision.tables';
import type { TimelineSource } from '../timeline.registry';

/** 提醒、函询、诫勉 carry the measures' own labels; 谈心谈话 is a supervision record only. */
const kindLabel = (kind: string) => (kind === 'TALK' ? '谈心谈话' : (MEASURE_LABELS[kind as MeasureCode] ?? kind));

/** 监督记录: talks, reminders, inquiries (with the reply and conclusion) and admonishments. */
export const supervisionSource: TimelineSource = {
  source: 'supervision',
  label: '监督记录',
  permission: 'supervision.read',
  async entries(db, cadreId, scope) {
    const rows = await db
      .select({
        kind: supervisionRecords.kind,
        occurredOn: supervisionRecords.occurredOn,
        conductedBy: supervisionRecords.conductedBy,
        topics: supervisionRecords.topics,
        question: supervisionRecords.question,
        conclusion: supervisionRecords.conclusion,
      })
      .from(supervisionRecords)
      .innerJoin(cadres, eq(cadres.id, supervisionRecords.cadreId))
      .where(and(eq(supervisionRecords.cadreId, cadreId), scope));
    return rows.map((r) => {
      const parts = [r.conductedBy && `${r.conductedBy}`, r.topics || r.question, r.conclusion && `结论：${r.conclusion}`].filter(Boolean);
      return { date: r.occurredOn, kind: `supervision.${r.kind}`, title: kindLabel(r.kind), detail: parts.join('；'), source: 'supervision' };
    });
  },
};
