import { dateOfAge } from '../cadres/cadre-profile.rules';
import { addDays, type IsoDate, isBefore, yearOf } from '../dates/date';
import type { TalentLevel } from '../policy/policy.schema';
import { MEASURES, type MeasureRecord } from './measures';
import { barOf, screenPromotion } from './promotion.rules';
import { type Reason, reason } from './reason';

/**
 * Entry and exit rules of the young-cadre talent pool (优秀年轻干部库, DOMAIN.md §2 "talent pool"; issue 4 item 7):
 * an age line per level from the policy (`talentPool.maxAgeByLevel`), the recent annual grades, and no running
 * promotion bar (干部任用条例第二十四条 via `screenPromotion`).
 */

/** The policy's section that holds the age line (政策配置 talentPool.maxAgeByLevel). */
export const TALENT_POOL_POLICY = '政策配置 talentPool.maxAgeByLevel（优秀年轻干部入库年龄上限）';
/** The source of the pool's standards: 发现培养选拔优秀年轻干部 with 干部任用条例 for the bar. */
export const TALENT_POOL_RULE = '关于适应新时代要求大力发现培养选拔优秀年轻干部的意见（2018）';
const GRADE_RULE = '公务员考核规定（2020）第四章；关于适应新时代要求大力发现培养选拔优秀年轻干部的意见（2018）';

/** How many past years' annual grades the entry rule reads: the three years before asOf's year (e.g. 2023–2025 in 2026). */
export const RECENT_GRADE_YEARS = 3;

/** Annual grades as the registry stores them: the four grades plus 不定等次 and 不参加考核. */
export type RecordedGrade = 'EXCELLENT' | 'COMPETENT' | 'BASIC' | 'INCOMPETENT' | 'UNGRADED' | 'NOT_ASSESSED';

export const RECORDED_GRADE_LABELS: Record<RecordedGrade, string> = {
  EXCELLENT: '优秀',
  COMPETENT: '称职',
  BASIC: '基本称职',
  INCOMPETENT: '不称职',
  UNGRADED: '不定等次',
  NOT_ASSESSED: '不参加考核',
};

export interface GradeOfYear {
  year: number;
  grade: RecordedGrade;
}

/** BASIC or worse: the grades that keep a cadre out and take a member out (公务员考核规定第四章). */
const LOW_GRADES: ReadonlySet<RecordedGrade> = new Set(['BASIC', 'INCOMPETENT']);
/** Entry needs COMPETENT or better; an ungraded year (only a comment, usually under a sanction) is not that. */
const ENTRY_BLOCKING_GRADES: ReadonlySet<RecordedGrade> = new Set(['BASIC', 'INCOMPETENT', 'UNGRADED']);

export interface PoolEligibilityInput {
  birthDate: IsoDate;
  asOf: IsoDate;
  level: TalentLevel;
  maxAgeByLevel: Readonly<Record<TalentLevel, number>>;
  /** Annual grades on record; only the RECENT_GRADE_YEARS years before asOf's year are read. */
  recentGrades: readonly GradeOfYear[];
  measures: readonly MeasureRecord[];
}

export interface PoolEligibility {
  eligible: boolean;
  /** The last day the cadre is within the level's age line. */
  ageLimitUntil: IsoDate;
  reasons: Reason[];
}

/** Full years of age on `asOf`. */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  let age = yearOf(asOf) - yearOf(birthDate);
  if (isBefore(asOf, dateOfAge(birthDate, age))) age -= 1;
  return age;
}

/** Over the line once the cadre has turned maxAge + 1: "not over 35" still admits a cadre aged 35. */
function overAgeReason(input: Pick<PoolEligibilityInput, 'birthDate' | 'asOf' | 'level' | 'maxAgeByLevel'>): Reason | null {
  const maxAge = input.maxAgeByLevel[input.level];
  const age = ageOn(input.birthDate, input.asOf);
  if (age <= maxAge) return null;
  return reason('OVER_AGE', TALENT_POOL_POLICY, `${input.asOf} 时已满 ${age} 周岁，超过该层次入库年龄上限 ${maxAge} 周岁`);
}

function gradeReasons(grades: readonly GradeOfYear[], years: (year: number) => boolean, blocking: ReadonlySet<RecordedGrade>): Reason[] {
  return grades
    .filter((g) => years(g.year) && blocking.has(g.grade))
    .sort((a, b) => a.year - b.year)
    .map((g) => reason('GRADE', GRADE_RULE, `${g.year} 年度考核为${RECORDED_GRADE_LABELS[g.grade]}`));
}

/**
 * May the cadre be nominated to a pool of `level` on `asOf`? Every factor that keeps them out is a reason: over the
 * age line, a recent grade below COMPETENT, a running promotion bar (with the measure's own clause).
 */
export function poolEligibility(input: PoolEligibilityInput): PoolEligibility {
  const reasons: Reason[] = [];
  const overAge = overAgeReason(input);
  if (overAge) reasons.push(overAge);
  const thisYear = yearOf(input.asOf);
  const recent = (year: number) => year < thisYear && year >= thisYear - RECENT_GRADE_YEARS;
  reasons.push(...gradeReasons(input.recentGrades, recent, ENTRY_BLOCKING_GRADES));
  reasons.push(...screenPromotion({ asOf: input.asOf, measures: input.measures }).reasons);
  const ageLimitUntil = addDays(dateOfAge(input.birthDate, input.maxAgeByLevel[input.level] + 1), -1);
  return { eligible: reasons.length === 0, ageLimitUntil, reasons };
}

export interface PoolExitInput {
  birthDate: IsoDate;
  asOf: IsoDate;
  level: TalentLevel;
  maxAgeByLevel: Readonly<Record<TalentLevel, number>>;
  /** The day the member entered the pool (ACTIVE). */
  enteredOn: IsoDate;
  grades: readonly GradeOfYear[];
  measures: readonly MeasureRecord[];
}

/**
 * Why an active member should leave the pool by rule on `asOf`:
 * - OVER_AGE: past the level's age line;
 * - MEASURE: a measure with a promotion bar (not revoked) took effect since entry; 提醒/函询/通报 carry no bar and do
 *   not take anyone out;
 * - GRADE: a BASIC or worse grade for the year before entry or later (the year before may be graded after entry).
 */
export function poolExitReasons(input: PoolExitInput): Reason[] {
  const reasons: Reason[] = [];
  const overAge = overAgeReason(input);
  if (overAge) reasons.push(overAge);
  for (const measure of input.measures) {
    if (isBefore(measure.effectiveOn, input.enteredOn) || isBefore(input.asOf, measure.effectiveOn)) continue;
    if (!barOf(measure)) continue;
    const { label, barRule } = MEASURES[measure.code];
    reasons.push(reason('MEASURE', barRule, `入库后受到${label}（${measure.effectiveOn} 生效），影响提拔使用`));
  }
  const fromYear = yearOf(input.enteredOn) - 1;
  reasons.push(...gradeReasons(input.grades, (year) => year >= fromYear, LOW_GRADES));
  return reasons;
}
