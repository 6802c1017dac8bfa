import { SUPERVISION_KIND_LABELS, type SupervisionKind } from '@dandang/shared/cadres/supervision.schema';
import type { TimelineEntry } from '@dandang/shared/cadres/timeline.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { and, eq } from 'drizzle-orm';
import { cadres } from '../../cadres.tables';
import { supervisionRecords } from '../../supervision.tables';
import type { TimelineSource } from '../timeline.registry';

const kindLabel = (kind: string) => SUPERVISION_KIND_LABELS[kind as SupervisionKind] ?? kind;

/** 监督记录: talks, reminders, inquiries (with the reply and conclusion) and admonishments, and their revocation. */
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
        revokedAt: supervisionRecords.revokedAt,
        revokedReason: supervisionRecords.revokedReason,
      })
      .from(supervisionRecords)
      .innerJoin(cadres, eq(cadres.id, supervisionRecords.cadreId))
      .where(and(eq(supervisionRecords.cadreId, cadreId), scope));
    return rows.flatMap((r) => {
      const parts = [r.conductedBy, r.topics || r.question, r.conclusion && `结论：${r.conclusion}`].filter(Boolean);
      const source = 'supervision';
      const entries: TimelineEntry[] = [{ date: r.occurredOn, kind: `supervision.${r.kind}`, title: kindLabel(r.kind), detail: parts.join('；'), source }];
      if (r.revokedAt) {
        const detail = `原记录 ${r.occurredOn}；撤销原因：${r.revokedReason ?? ''}`;
        entries.push({ date: chinaDateOf(r.revokedAt), kind: 'supervision.revoke', title: `撤销${kindLabel(r.kind)}记录`, detail, source });
      }
      return entries;
    });
  },
};
