import { type GradeScale, gradeLabel } from '@dandang/shared/assessment/grade-scale';
import { type GradeStatus, placeReasons } from '@dandang/shared/assessment/grading.rules';
import type { ItemEntry, ResultView } from '@dandang/shared/assessment/result.schema';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import type { Reason } from '@dandang/shared/rules/reason';
import type { CycleContext } from './cycle-context';
import type { ResultRow } from './results.repository';

/** A unit's or a leadership team's name stands in for a cadre's where the participant is not a person. */
export function participantName(row: { cadreName: string | null; unitName: string; category: string }): string {
  return row.cadreName ?? (row.category === 'LEADERSHIP_TEAM' ? `${row.unitName}领导班子` : row.unitName);
}

/** The pool's quota reckoning, the proposal's place (rebuilt, placeReasons) and the person's own reasons. */
function gradeReasonsOf(row: ResultRow, g: NonNullable<ResultRow['grading']>, scale: GradeScale | undefined): Reason[] {
  if (g.status !== 'GRADED') return g.reasons;
  const place =
    scale && g.rank !== null && row.result.finalHundredths !== null
      ? placeReasons(
          scale,
          {
            score: row.result.finalHundredths / 100,
            rank: g.rank,
            top: g.proposedGrade === scale.top,
            barred: g.reasons.some((r) => r.code === 'TOP_BARRED'),
          },
          row.poolQuota ?? 0,
        )
      : [];
  return [...(row.poolReasons ?? []), ...place, ...g.reasons];
}

/** `progress`: what the participant's targets give the score sheet (shown locked in the score dialog). */
export function toResultView(context: CycleContext, row: ResultRow, progress: Record<string, ItemEntry> = {}): ResultView {
  const r = row.result;
  const g = row.grading;
  const scale = context.sheets.get(row.category)?.scale;
  return {
    participantId: row.participantId,
    category: row.category as SchemeCategory,
    unitId: row.unitId,
    unitName: row.unitName,
    cadreId: row.cadreId,
    name: participantName(row),
    post: row.post,
    entries: r.entries,
    progress,
    comment: r.comment,
    breakdown: r.breakdown,
    final: r.finalHundredths === null ? null : r.finalHundredths / 100,
    gradeStatus: (g?.status ?? null) as GradeStatus | null,
    proposedGrade: g?.proposedGrade ?? null,
    grade: g?.grade ?? null,
    gradeLabel: g?.status === 'GRADED' && scale ? gradeLabel(scale, g.grade) : null,
    rank: g?.rank ?? null,
    poolKey: g?.poolKey ?? null,
    gradeReasons: g ? gradeReasonsOf(row, g, scale) : [],
    changeReason: g?.changeReason ?? '',
    openObjections: row.openObjections,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    appealState: r.appealState as ResultView['appealState'],
    appeal: r.appeal,
    appealAnswer: r.appealAnswer,
    version: r.version,
  };
}
