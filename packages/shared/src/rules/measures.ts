import { CITE } from './citations';

/** Measures (处理处分措施) of DOMAIN.md §4. These are [national] and therefore code, not policy. */
export const MEASURE_CODES = [
  'REMINDER',
  'INQUIRY',
  'ACC_NOTICE',
  'ADMONISH',
  'ORG_SUSPEND',
  'ORG_REASSIGN',
  'ORG_RESIGN_ORDERED',
  'ORG_RESIGN_BLAME',
  'ORG_DISMISS',
  'ORG_DEMOTE',
  'UNFIT_TRANSFER',
  'UNFIT_DISMISS',
  'PARTY_WARNING',
  'PARTY_SERIOUS_WARNING',
  'PARTY_REMOVE_POST',
  'PARTY_PROBATION',
  'PARTY_EXPEL',
  'GOV_WARNING',
  'GOV_DEMERIT',
  'GOV_MAJOR_DEMERIT',
  'GOV_DEMOTE',
  'GOV_REMOVE',
  'GOV_EXPEL',
] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

/** Annual-grade effects, heaviest first (DOMAIN.md §4 "Annual-grade combination"). */
export const GRADE_EFFECTS = ['NOT_ASSESSED', 'INCOMPETENT', 'UNGRADED', 'NOT_EXCELLENT'] as const;
export type GradeEffect = (typeof GRADE_EFFECTS)[number];

export const GRADE_EFFECT_LABELS: Record<GradeEffect, string> = {
  NOT_ASSESSED: '不参加年度考核',
  INCOMPETENT: '确定为不称职',
  UNGRADED: '只写评语、不定等次',
  NOT_EXCELLENT: '不得确定为优秀',
};

/** An effect on the annual grades of years Y + fromOffset … Y + toOffset (null: every later year). */
export interface GradeEffectSpan {
  fromOffset: number;
  toOffset: number | null;
  effect: GradeEffect;
}

/** Months from effectiveOn, or blocked until the measure is lifted, or for good. */
export type PromotionBar = number | 'until_lifted' | 'permanent';

export const PROBATION_MONTHS = [12, 24] as const;
export type ProbationMonths = (typeof PROBATION_MONTHS)[number];

export interface MeasureDefinition {
  code: MeasureCode;
  label: string;
  promotionBar: PromotionBar;
  /** 留党察看: the bar is the probation's own `months` plus `promotionBar`. */
  addsProbationMonths?: true;
  /** 责令辞职/引咎辞职/免职: no leadership post (不得安排领导职务) for this many months. */
  noLeadershipPostMonths?: number;
  gradeEffects: readonly GradeEffectSpan[];
  /** 留党察看: the years after Y depend on the probation's length. */
  gradeEffectsByProbation?: Readonly<Record<ProbationMonths, readonly GradeEffectSpan[]>>;
  barRule: string;
  gradeRule: string;
}

const only = (effect: GradeEffect, fromOffset = 0, toOffset: number | null = fromOffset): GradeEffectSpan => ({
  fromOffset,
  toOffset,
  effect,
});

type Row = Omit<MeasureDefinition, 'code' | 'gradeRule'> & { gradeRule?: string };

const ROWS: Record<MeasureCode, Row> = {
  REMINDER: { label: '提醒', promotionBar: 0, gradeEffects: [], barRule: CITE.cadreAppointment },
  INQUIRY: { label: '函询', promotionBar: 0, gradeEffects: [], barRule: CITE.cadreAppointment },
  ACC_NOTICE: { label: '问责·通报', promotionBar: 0, gradeEffects: [], barRule: CITE.cadreAppointment },
  ADMONISH: {
    label: '诫勉',
    promotionBar: 6,
    gradeEffects: [only('NOT_EXCELLENT')],
    barRule: CITE.admonishUpAndDown,
  },
  ORG_SUSPEND: { label: '停职检查', promotionBar: 'until_lifted', gradeEffects: [], barRule: CITE.upAndDown },
  ORG_REASSIGN: {
    label: '调整职务',
    promotionBar: 12,
    gradeEffects: [only('NOT_EXCELLENT')],
    barRule: CITE.upAndDown,
  },
  ORG_RESIGN_ORDERED: {
    label: '责令辞职',
    promotionBar: 24,
    noLeadershipPostMonths: 12,
    gradeEffects: [only('UNGRADED')],
    barRule: CITE.cadreAppointmentDismissal,
  },
  ORG_RESIGN_BLAME: {
    label: '引咎辞职',
    promotionBar: 24,
    noLeadershipPostMonths: 12,
    gradeEffects: [only('UNGRADED')],
    barRule: CITE.cadreAppointmentDismissal,
  },
  ORG_DISMISS: {
    label: '免职',
    promotionBar: 24,
    noLeadershipPostMonths: 12,
    gradeEffects: [only('UNGRADED')],
    barRule: CITE.cadreAppointmentDismissal,
  },
  ORG_DEMOTE: { label: '降职', promotionBar: 24, gradeEffects: [only('UNGRADED')], barRule: CITE.upAndDown },
  UNFIT_TRANSFER: { label: '不适宜担任现职·调离岗位', promotionBar: 12, gradeEffects: [], barRule: CITE.upAndDown },
  UNFIT_DISMISS: { label: '不适宜担任现职·免职', promotionBar: 12, gradeEffects: [], barRule: CITE.upAndDown },
  PARTY_WARNING: {
    label: '党内警告',
    promotionBar: 12,
    gradeEffects: [only('NOT_EXCELLENT')],
    barRule: CITE.partyDiscipline,
    gradeRule: CITE.partyGradeEffects,
  },
  PARTY_SERIOUS_WARNING: {
    label: '党内严重警告',
    promotionBar: 18,
    gradeEffects: [only('UNGRADED')],
    barRule: CITE.partyDiscipline,
    gradeRule: CITE.partyGradeEffects,
  },
  PARTY_REMOVE_POST: {
    label: '撤销党内职务',
    promotionBar: 24,
    gradeEffects: [only('INCOMPETENT')],
    barRule: CITE.partyDiscipline,
    gradeRule: CITE.partyGradeEffects,
  },
  PARTY_PROBATION: {
    label: '留党察看',
    promotionBar: 24,
    addsProbationMonths: true,
    gradeEffects: [only('INCOMPETENT')],
    gradeEffectsByProbation: {
      12: [only('INCOMPETENT'), only('UNGRADED', 1)],
      24: [only('INCOMPETENT'), only('UNGRADED', 1, 2)],
    },
    barRule: CITE.partyDiscipline,
    gradeRule: CITE.partyGradeEffects,
  },
  PARTY_EXPEL: {
    label: '开除党籍',
    promotionBar: 'permanent',
    gradeEffects: [only('INCOMPETENT'), only('UNGRADED', 1, 2)],
    barRule: CITE.partyDiscipline,
    gradeRule: CITE.partyGradeEffects,
  },
  GOV_WARNING: { label: '政务警告', promotionBar: 6, gradeEffects: [only('NOT_EXCELLENT')], barRule: CITE.govSanctions },
  GOV_DEMERIT: { label: '记过', promotionBar: 12, gradeEffects: [only('UNGRADED')], barRule: CITE.govSanctions },
  GOV_MAJOR_DEMERIT: {
    label: '记大过',
    promotionBar: 18,
    gradeEffects: [only('UNGRADED', 0, 1)],
    barRule: CITE.govSanctions,
  },
  GOV_DEMOTE: { label: '降级', promotionBar: 24, gradeEffects: [only('UNGRADED', 0, 1)], barRule: CITE.govSanctions },
  GOV_REMOVE: { label: '撤职', promotionBar: 24, gradeEffects: [only('UNGRADED', 0, 1)], barRule: CITE.govSanctions },
  GOV_EXPEL: {
    label: '开除（公职）',
    promotionBar: 'permanent',
    gradeEffects: [only('NOT_ASSESSED', 0, null)],
    barRule: CITE.govSanctions,
  },
};

export const MEASURES: Readonly<Record<MeasureCode, MeasureDefinition>> = Object.fromEntries(
  MEASURE_CODES.map((code) => [code, { code, gradeRule: CITE.gradeEffects, ...ROWS[code] }]),
) as Record<MeasureCode, MeasureDefinition>;

export const MEASURE_LABELS: Readonly<Record<MeasureCode, string>> = Object.fromEntries(MEASURE_CODES.map((code) => [code, ROWS[code].label])) as Record<
  MeasureCode,
  string
>;

/** A measure as recorded on a cadre; a revoked one (corrected or exempted) never counts. */
export interface MeasureRecord {
  code: MeasureCode;
  effectiveOn: string;
  /** 留党察看 only: the probation's length, 12 or 24 months. */
  months?: number;
  /** 停职检查 only: the day the suspension was lifted. */
  liftedOn?: string;
  revoked?: boolean;
}

/** Grade effects of a recorded measure; an unknown probation length takes the longer (stricter) table. */
export function gradeEffectsOf(measure: MeasureRecord): readonly GradeEffectSpan[] {
  const definition = MEASURES[measure.code];
  if (!definition.gradeEffectsByProbation) return definition.gradeEffects;
  return definition.gradeEffectsByProbation[measure.months === 12 ? 12 : 24];
}
