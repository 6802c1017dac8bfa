import { addMonthsClamped, type IsoDate, isBefore, laterOf } from '../dates/date';
import { CITE } from './citations';
import { MEASURES, type MeasureRecord } from './measures';
import { ANNUAL_GRADE_LABELS, type AnnualGrade, type Reason, reason } from './reason';

export interface PromotionInput {
  asOf: IsoDate;
  measures: readonly MeasureRecord[];
  lastYearGrade?: AnnualGrade | null;
  underInvestigation?: boolean;
}

export interface PromotionResult {
  eligible: boolean;
  /** The day the longest promotion bar ends; null when nothing bars, or when the end is unknown or never comes. */
  eligibleFrom: IsoDate | null;
  /** 开除党籍 / 开除公职: never eligible again. */
  permanent: boolean;
  /** A 停职检查 is not lifted yet, so no end date can be given. */
  untilLifted: boolean;
  /** Every factor that blocks on asOf; empty when eligible. */
  reasons: Reason[];
}

/** A bar's end: a date, 'open' (until lifted, no date yet) or 'never' (permanent). */
type BarEnd = IsoDate | 'open' | 'never';

interface Bar {
  end: BarEnd;
  months?: number;
}

export function barOf(measure: MeasureRecord): Bar | null {
  if (measure.revoked) return null;
  const definition = MEASURES[measure.code];
  const { promotionBar } = definition;
  if (promotionBar === 'permanent') return { end: 'never' };
  if (promotionBar === 'until_lifted') return { end: measure.liftedOn ?? 'open' };
  // An unknown probation length is read as the longer one: screening errs on the side of the bar.
  const months = definition.addsProbationMonths ? (measure.months === 12 ? 12 : 24) + promotionBar : promotionBar;
  if (months === 0) return null;
  return { end: addMonthsClamped(measure.effectiveOn, months), months };
}

function measureReason(measure: MeasureRecord, bar: Bar, asOf: IsoDate): Reason {
  const { label, barRule, noLeadershipPostMonths, addsProbationMonths } = MEASURES[measure.code];
  const since = `${label}（${measure.effectiveOn} 生效）`;
  if (bar.end === 'never') return reason(measure.code, barRule, `${since}，永久不得提拔或者进一步使用`);
  if (bar.end === 'open') {
    return reason(measure.code, barRule, `${since}尚未解除，解除前不得提拔或者进一步使用，可提拔日期待定`);
  }
  if (measure.code === 'ORG_SUSPEND') {
    return reason(measure.code, barRule, `${since}至 ${bar.end} 解除，解除前不得提拔或者进一步使用`);
  }
  const length = addsProbationMonths
    ? `察看期 ${measure.months === 12 ? 12 : 24} 个月加恢复党员权利后 24 个月，共 ${bar.months} 个月`
    : `影响期 ${bar.months} 个月`;
  let text = `${since}${length}，${bar.end} 前不得提拔或者进一步使用`;
  if (noLeadershipPostMonths) {
    const postFrom = addMonthsClamped(measure.effectiveOn, noLeadershipPostMonths);
    if (isBefore(asOf, postFrom)) text += `；${postFrom} 前不得安排领导职务`;
  }
  return reason(measure.code, barRule, text);
}

/** Promotion screening (干部任用条例第二十四条; DOMAIN.md §4): bars, investigation, last year's grade. */
export function screenPromotion(input: PromotionInput): PromotionResult {
  const { asOf } = input;
  const reasons: Reason[] = [];
  let permanent = false;
  let untilLifted = false;
  let eligibleFrom: IsoDate | null = null;

  for (const measure of input.measures) {
    // A measure that takes effect after asOf did not exist yet on asOf.
    if (isBefore(asOf, measure.effectiveOn)) continue;
    const bar = barOf(measure);
    if (!bar) continue;
    if (bar.end === 'never') permanent = true;
    else if (bar.end === 'open') untilLifted = true;
    else eligibleFrom = eligibleFrom ? laterOf(eligibleFrom, bar.end) : bar.end;
    const running = bar.end === 'never' || bar.end === 'open' || isBefore(asOf, bar.end);
    if (running) reasons.push(measureReason(measure, bar, asOf));
  }

  if (input.underInvestigation) {
    reasons.push(reason('UNDER_INVESTIGATION', CITE.cadreAppointment, '正在接受立案审查调查、尚未结案，不得提拔或者进一步使用'));
  }
  const grade = input.lastYearGrade;
  if (grade === 'BASIC' || grade === 'INCOMPETENT') {
    reasons.push(reason('LAST_YEAR_GRADE', CITE.cadreAppointment, `上一年度考核确定为${ANNUAL_GRADE_LABELS[grade]}等次，不得提拔`));
  }

  return {
    eligible: reasons.length === 0,
    eligibleFrom: permanent || untilLifted ? null : eligibleFrom,
    permanent,
    untilLifted,
    reasons,
  };
}
