import type { ItemEntry } from '@dandang/shared/assessment/result.schema';
import { progressEntry } from '@dandang/shared/assessment/target.rules';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { assessmentParticipants } from './cycles.tables';
import { assessmentTargets } from './targets.tables';

/** Score-sheet entries by indicator id that a participant's targets give. */
export type ProgressEntries = Map<string, Record<string, ItemEntry>>;

/**
 * What each participant's targets give their score sheet (issue 5 "quantitative scores computed from confirmed
 * progress"): a cadre's person targets, a unit's (or its leadership team's) unit targets, summed per indicator by
 * `progressEntry`. Only the participants named, or all of the cycle's.
 */
export async function progressEntries(db: Executor, cycleId: string, participantIds?: readonly string[]): Promise<ProgressEntries> {
  const p = assessmentParticipants;
  const t = assessmentTargets;
  const matches = [
    and(isNotNull(p.cadreId), eq(t.level, 'PERSON'), eq(t.cadreId, p.cadreId)),
    and(sql`${p.cadreId} is null`, eq(t.level, 'UNIT'), eq(t.unitId, p.unitId)),
  ];
  // A person's targets and a unit's are read apart: joined on either one at once (OR), the planner can only probe the
  // targets once for each of the cycle's 100,000 participants instead of hashing them.
  const parts = [];
  for (const match of matches) {
    parts.push(
      await db
        .select({
          participantId: p.id,
          indicatorId: t.indicatorId,
          targetValue: t.targetValue,
          confirmedValue: sql<number | null>`case when ${t.confirmedAt} is null then null else ${t.confirmedValue} end`,
        })
        .from(p)
        .innerJoin(t, and(eq(t.cycleId, p.cycleId), isNotNull(t.indicatorId), match))
        .where(and(eq(p.cycleId, cycleId), participantIds ? inArray(p.id, [...participantIds]) : undefined)),
    );
  }
  const rows = parts.flat();
  const grouped = new Map<string, Map<string, Array<{ targetValue: number | null; confirmedValue: number | null }>>>();
  for (const r of rows) {
    const byIndicator = grouped.get(r.participantId) ?? new Map();
    byIndicator.set(r.indicatorId as string, [...(byIndicator.get(r.indicatorId as string) ?? []), r]);
    grouped.set(r.participantId, byIndicator);
  }
  const entries: ProgressEntries = new Map();
  for (const [participantId, byIndicator] of grouped) {
    const items: Record<string, ItemEntry> = {};
    for (const [indicatorId, targets] of byIndicator) {
      const entry = progressEntry(targets);
      if (entry) items[indicatorId] = entry;
    }
    entries.set(participantId, items);
  }
  return entries;
}
