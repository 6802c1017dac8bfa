import type { AnnualGradeOutcome } from '../rules/annual-grade.rules';
import { CITE } from '../rules/citations';
import { type Reason, reason } from '../rules/reason';
import { type GradeScale, gradeLabel } from './grade-scale';

/*
 * Grading a quota pool (issue 5 "Grading"; DOMAIN.md §4–§5). Participants are ranked by final score; the best ones
 * that may hold the top grade get it, up to the pool's quota; everyone else graded gets the usual grade, or the grade
 * a measure forces. Those a measure leaves ungraded get a comment only, those under investigation wait, and those not
 * assessed do not count toward the quota's base.
 */

export const GRADE_STATUSES = ['GRADED', 'COMMENT_ONLY', 'DEFERRED', 'NOT_ASSESSED'] as const;
export type GradeStatus = (typeof GRADE_STATUSES)[number];
export const GRADE_STATUS_LABELS: Record<GradeStatus, string> = {
  GRADED: '定等次',
  COMMENT_ONLY: '只写评语、不定等次',
  DEFERRED: '暂不定等次（待结案）',
  NOT_ASSESSED: '不参加考核',
};

/** What the annual-grade rule says about one person (annualGradeEffects), as grading needs it. */
export interface GradeConstraint {
  outcome: AnnualGradeOutcome;
  allowedGrades: readonly string[];
  reasons: readonly Reason[];
}

export interface GradingCandidate {
  id: string;
  name: string;
  /** Final score; null when it could not be computed. */
  score: number | null;
  /** Absent for subjects that measures do not bind (units, leadership teams, non-annual cycles). */
  constraint?: GradeConstraint;
}

export interface GradeProposal {
  id: string;
  status: GradeStatus;
  grade: string | null;
  /** Place by score among those ranked for the top grade, from 1; null when not ranked. */
  rank: number | null;
  reasons: Reason[];
}

const GRADING_RULE = CITE.gradeQuota;

export function statusOf(constraint: GradeConstraint | undefined): GradeStatus {
  switch (constraint?.outcome) {
    case 'NOT_ASSESSED':
      return 'NOT_ASSESSED';
    case 'DEFERRED':
      return 'DEFERRED';
    case 'UNGRADED':
      return 'COMMENT_ONLY';
    default:
      return 'GRADED';
  }
}

/** Participants that count toward the quota's base: everyone assessed, graded or not (ADR 0015). */
export function quotaBase(candidates: readonly GradingCandidate[]): number {
  return candidates.filter((c) => statusOf(c.constraint) !== 'NOT_ASSESSED').length;
}

/** May this grade be given to this person? The reason it may not, or null. */
export function gradeRefusal(scale: GradeScale, candidate: GradingCandidate, grade: string | null): Reason | null {
  const status = statusOf(candidate.constraint);
  if (status !== 'GRADED') {
    if (grade === null) return null;
    const why = candidate.constraint?.reasons[0]?.text ?? GRADE_STATUS_LABELS[status];
    return reason('NOT_GRADED', CITE.gradeEffects, `${candidate.name}：${GRADE_STATUS_LABELS[status]}（${why}），不能确定等次`);
  }
  if (grade === null) return reason('GRADE_REQUIRED', GRADING_RULE, `${candidate.name}应当确定等次`);
  if (!scale.grades.some((g) => g.code === grade)) return reason('UNKNOWN_GRADE', GRADING_RULE, `等次“${grade}”不在本周期的等次中`);
  if (scale.constrained && candidate.constraint && !candidate.constraint.allowedGrades.includes(grade)) {
    const why = candidate.constraint.reasons.map((r) => r.text).join('；');
    return reason('GRADE_NOT_ALLOWED', CITE.gradeEffects, `${candidate.name}不能确定为“${gradeLabel(scale, grade)}”：${why}`);
  }
  return null;
}

/** Ranks a pool and proposes everyone's grade within the quota (at most `maxTop` top grades). */
export function proposeGrades(scale: GradeScale, candidates: readonly GradingCandidate[], maxTop: number): GradeProposal[] {
  const proposals = new Map<string, GradeProposal>();
  const ranked: GradingCandidate[] = [];
  for (const c of candidates) {
    const status = statusOf(c.constraint);
    if (status !== 'GRADED') {
      proposals.set(c.id, { id: c.id, status, grade: null, rank: null, reasons: [...(c.constraint?.reasons ?? [])] });
    } else if (c.score !== null) ranked.push(c);
    else {
      const grade = forcedOrUsual(scale, c);
      proposals.set(c.id, { id: c.id, status, grade, rank: null, reasons: [reason('UNSCORED', GRADING_RULE, '没有最终得分，不参加排名')] });
    }
  }
  // Sorted by score, then by the caller's order: a tie is settled by the order the caller gives (ADR 0015), and said.
  ranked.sort((a, b) => (b.score as number) - (a.score as number));
  let given = 0;
  ranked.forEach((c, i) => {
    const rank = i + 1;
    const mayTop = !scale.constrained || !c.constraint || c.constraint.allowedGrades.includes(scale.top);
    const reasons: Reason[] = [];
    let grade: string;
    if (mayTop && given < maxTop) {
      grade = scale.top;
      given += 1;
      reasons.push(...placeReasons(scale, { score: c.score as number, rank, top: true, barred: false }, maxTop));
      const next = ranked[i + 1];
      if (given === maxTop && next && next.score === c.score) {
        reasons.push(reason('TIE_AT_QUOTA', GRADING_RULE, `与第 ${rank + 1} 名同分，名额按排列顺序确定，请复核`));
      }
    } else {
      grade = forcedOrUsual(scale, c);
      reasons.push(...placeReasons(scale, { score: c.score as number, rank, top: false, barred: !mayTop }, maxTop));
      if (!mayTop) reasons.push(...(c.constraint?.reasons ?? []), reason('TOP_BARRED', CITE.gradeEffects, `不得确定为${gradeLabel(scale, scale.top)}`));
    }
    proposals.set(c.id, { id: c.id, status: 'GRADED', grade, rank, reasons });
  });
  return candidates.map((c) => proposals.get(c.id) as GradeProposal);
}

/** Reasons every ranked proposal has, rebuilt from its place alone; storing them for each of a cycle's people is waste. */
export const PLACE_REASON_CODES: readonly string[] = ['RANK', 'WITHIN_QUOTA', 'OUTSIDE_QUOTA'];

/** A ranked proposal's place: its rank, and whether it fell within the quota (unless a measure barred the top grade). */
export function placeReasons(scale: GradeScale, place: { score: number; rank: number; top: boolean; barred: boolean }, maxTop: number): Reason[] {
  const top = gradeLabel(scale, scale.top);
  const reasons = [reason('RANK', GRADING_RULE, `得分 ${place.score}，排名第 ${place.rank}`)];
  if (place.top) reasons.push(reason('WITHIN_QUOTA', GRADING_RULE, `在${top}名额（${maxTop} 名）内`));
  else if (!place.barred) reasons.push(reason('OUTSIDE_QUOTA', GRADING_RULE, `${top}名额（${maxTop} 名）已满`));
  return reasons;
}

/** The usual grade, or the only one a measure allows (e.g. 不称职 after 撤销党内职务). */
function forcedOrUsual(scale: GradeScale, c: GradingCandidate): string {
  const allowed = scale.constrained ? c.constraint?.allowedGrades : undefined;
  if (!allowed || allowed.includes(scale.usual)) return scale.usual;
  return allowed[0] ?? scale.usual;
}

/**
 * A manual grade change within a pool: refused when the person may not hold the grade, or when it would give more
 * top grades than the quota allows. `others` are the current grades of the rest of the pool.
 */
export function changeRefusal(
  scale: GradeScale,
  candidate: GradingCandidate,
  grade: string | null,
  others: readonly (string | null)[],
  maxTop: number,
): Reason | null {
  const refused = gradeRefusal(scale, candidate, grade);
  if (refused) return refused;
  if (grade !== scale.top) return null;
  const tops = others.filter((g) => g === scale.top).length;
  if (tops + 1 <= maxTop) return null;
  return reason(
    'QUOTA_EXCEEDED',
    GRADING_RULE,
    `${gradeLabel(scale, scale.top)}名额 ${maxTop} 名已用完（已有 ${tops} 名），不能再确定为${gradeLabel(scale, scale.top)}`,
  );
}
