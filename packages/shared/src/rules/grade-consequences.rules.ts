import { CITE } from './citations';
import type { AnnualGrade, Reason } from './reason';
import { reason } from './reason';

export interface GradeHistoryEntry {
  year: number;
  /** null: the year was not graded (comment only, deferred, or not assessed). */
  grade: AnnualGrade | null;
}

export const AWARDS = { COMMENDATION: '嘉奖', MERIT_THIRD_CLASS: '记三等功' } as const;
export type Award = keyof typeof AWARDS;

export const GRADE_FLAGS = {
  ADMONISH: '诫勉',
  DEMOTION: '降低一个职务或者职级层次任职',
  DISMISSAL_REVIEW: '辞退审查',
} as const;
export type GradeFlag = keyof typeof GRADE_FLAGS;

export interface GradeConsequencesResult {
  /** The latest year of the history, whose consequences these are; null for an empty history. */
  year: number | null;
  awards: Award[];
  flags: GradeFlag[];
  /** Years graded COMPETENT or better: they count toward pay steps and 职级 seniority; BASIC and ungraded do not. */
  qualifyingYears: number;
  reasons: Reason[];
}

/** Consecutive calendar years ending at `year` with `grade`; a missing year breaks the run. */
function runEndingAt(grades: Map<number, AnnualGrade | null>, year: number, grade: AnnualGrade): number {
  let run = 0;
  while (grades.get(year - run) === grade) run += 1;
  return run;
}

/** Consequences of the latest annual grade (公务员考核规定第四章; DOMAIN.md §4 "Grade consequences"). */
export function gradeConsequences(input: { history: readonly GradeHistoryEntry[] }): GradeConsequencesResult {
  const grades = new Map(input.history.map((entry) => [entry.year, entry.grade]));
  const qualifyingYears = [...grades.values()].filter((g) => g === 'EXCELLENT' || g === 'COMPETENT').length;
  const result: GradeConsequencesResult = { year: null, awards: [], flags: [], qualifyingYears, reasons: [] };
  if (grades.size === 0) return result;
  const year = Math.max(...grades.keys());
  result.year = year;
  const grade = grades.get(year);

  if (grade === 'EXCELLENT') {
    result.awards.push('COMMENDATION');
    result.reasons.push(reason('COMMENDATION', CITE.gradeConsequences, `${year} 年度考核确定为优秀等次，当年给予嘉奖`));
    // Years already used for one 记三等功 are not used again, so a merit falls on every third year of a run.
    const run = runEndingAt(grades, year, 'EXCELLENT');
    if (run % 3 === 0) {
      result.awards.push('MERIT_THIRD_CLASS');
      const text = `${year - 2}–${year} 年连续三年年度考核确定为优秀等次，记三等功`;
      result.reasons.push(reason('MERIT_THIRD_CLASS', CITE.gradeConsequences, text));
    } else if (run > 3) {
      const text = `已连续 ${run} 年优秀，其中 ${run - (run % 3)} 年已计入记三等功，再连续 ${3 - (run % 3)} 年优秀可再记三等功`;
      result.reasons.push(reason('MERIT_PROGRESS', CITE.gradeConsequences, text));
    }
  }
  if (grade === 'BASIC') {
    result.flags.push('ADMONISH');
    const text = `${year} 年度考核确定为基本称职：对其诫勉，该年度不计算为晋升职务职级的年限`;
    result.reasons.push(reason('ADMONISH', CITE.gradeConsequences, text));
  }
  if (grade === 'INCOMPETENT') {
    result.flags.push('DEMOTION');
    const text = `${year} 年度考核确定为不称职：降低一个职务或者职级层次任职`;
    result.reasons.push(reason('DEMOTION', CITE.gradeConsequences, text));
    if (runEndingAt(grades, year, 'INCOMPETENT') >= 2) {
      result.flags.push('DISMISSAL_REVIEW');
      const text = `${year - 1}–${year} 年连续两年年度考核确定为不称职：按规定进行辞退审查`;
      result.reasons.push(reason('DISMISSAL_REVIEW', `${CITE.gradeConsequences}；公务员法第八十八条`, text));
    }
  }
  return result;
}
