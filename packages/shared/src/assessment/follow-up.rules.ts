import { CITE } from '../rules/citations';
import { AWARDS, GRADE_FLAGS, type GradeHistoryEntry, gradeConsequences } from '../rules/grade-consequences.rules';
import { type AnnualGrade, type Reason, reason } from '../rules/reason';

/*
 * 考核结果运用 (issue 5 "Results that drive things"): what a published annual grade asks of the organization department,
 * as tasks to carry out and close. The awards and flags are the rules core's `gradeConsequences` (公务员考核规定 第四章);
 * this adds the talent pool's review and the 能上能下 list the accountability module takes up.
 */

export const FOLLOW_UP_KINDS = ['COMMENDATION', 'MERIT_THIRD_CLASS', 'ADMONISH', 'DEMOTION', 'DISMISSAL_REVIEW', 'TALENT_POOL_REVIEW', 'UP_DOWN'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  COMMENDATION: AWARDS.COMMENDATION,
  MERIT_THIRD_CLASS: AWARDS.MERIT_THIRD_CLASS,
  ADMONISH: GRADE_FLAGS.ADMONISH,
  DEMOTION: '降低层次任职',
  DISMISSAL_REVIEW: GRADE_FLAGS.DISMISSAL_REVIEW,
  TALENT_POOL_REVIEW: '人才库复核',
  UP_DOWN: '能上能下',
};

export const FOLLOW_UP_STATES = ['OPEN', 'DONE', 'DISMISSED'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = { OPEN: '待办理', DONE: '已办结', DISMISSED: '不予处理' };

const LOW: readonly AnnualGrade[] = ['BASIC', 'INCOMPETENT'];
const UP_DOWN_RULE = '推进领导干部能上能下规定（2022）第五条';
const POOL_RULE = '关于适应新时代要求大力发现培养选拔优秀年轻干部的意见（2018）';

export interface FollowUp {
  kind: FollowUpKind;
  /** For 能上能下: a low grade in the year before as well. */
  repeated: boolean;
  reasons: Reason[];
}

/**
 * The tasks one cadre's grade history gives for its latest year: each award and flag of `gradeConsequences`, a
 * review of their place in the talent pool when they are in it and the grade is BASIC or worse, and an entry on the
 * 能上能下 list for a BASIC or INCOMPETENT grade, marked repeated when the year before was low too.
 */
export function followUpsOf(history: readonly GradeHistoryEntry[], inTalentPool: boolean): FollowUp[] {
  const consequences = gradeConsequences({ history });
  const { year } = consequences;
  if (year === null) return [];
  const byCode = (code: string) => consequences.reasons.filter((r) => r.code === code);
  const tasks: FollowUp[] = [
    ...consequences.awards.map((kind) => ({ kind, repeated: false, reasons: byCode(kind) })),
    ...consequences.flags.map((kind) => ({ kind, repeated: false, reasons: byCode(kind) })),
  ];
  const grade = history.find((h) => h.year === year)?.grade ?? null;
  if (!grade || !LOW.includes(grade)) return tasks;
  const before = history.find((h) => h.year === year - 1)?.grade ?? null;
  const repeated = before !== null && LOW.includes(before);
  const label = grade === 'BASIC' ? '基本称职' : '不称职';
  if (inTalentPool) {
    tasks.push({
      kind: 'TALENT_POOL_REVIEW',
      repeated: false,
      reasons: [reason('TALENT_POOL_REVIEW', POOL_RULE, `${year} 年度考核为${label}，复核其优秀年轻干部库资格`)],
    });
  }
  const text = repeated ? `${year - 1}、${year} 年连续两年年度考核为基本称职以下，列入能上能下重点关注` : `${year} 年度考核为${label}，列入能上能下名单`;
  tasks.push({ kind: 'UP_DOWN', repeated, reasons: [reason('UP_DOWN', `${UP_DOWN_RULE}；${CITE.gradeConsequences}`, text)] });
  return tasks;
}

/** Whether a published annual grade counts toward promotion seniority, and the years that count so far. */
export interface Seniority {
  counts: boolean;
  qualifyingYears: number;
  text: string;
}

/**
 * Promotion seniority (DOMAIN.md §4 "Grade consequences"): a year graded COMPETENT or better counts toward pay steps
 * and 职级 seniority; BASIC and ungraded years do not. Read from the history up to `year`.
 */
export function seniorityOf(history: readonly GradeHistoryEntry[], year: number): Seniority {
  const upTo = history.filter((h) => h.year <= year);
  const { qualifyingYears } = gradeConsequences({ history: upTo });
  const grade = upTo.find((h) => h.year === year)?.grade ?? null;
  const counts = grade === 'EXCELLENT' || grade === 'COMPETENT';
  const text = counts
    ? `${year} 年度计入晋升职务职级和工资档次的年限（称职及以上累计 ${qualifyingYears} 年）`
    : `${year} 年度${grade === null ? '未定等次' : grade === 'BASIC' ? '为基本称职' : '为不称职'}，不计入晋升职务职级的年限（称职及以上累计 ${qualifyingYears} 年）`;
  return { counts, qualifyingYears, text };
}
