import { MEASURE_LABELS, type MeasureCode } from '../rules/measures';

/*
 * The words of 问责统筹 (DOMAIN.md §7): who is held to account (a leader, or a party organization), which bodies
 * propose it, the forms of accountability of 问责条例（2019）第八条, and the circumstances of 第十七至十九条.
 */

/** A cadre (党的领导干部), or a party organization (党组织), recorded as the unit it leads. */
export const SUBJECT_KINDS = ['CADRE', 'ORGANIZATION'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = { CADRE: '领导干部', ORGANIZATION: '党组织' };

/** The bodies that propose accountability for a matter. */
export const PROPOSING_BODIES = ['DISCIPLINE', 'ORG_DEPT', 'INSPECTION', 'UPPER_DEPT'] as const;
export type ProposingBody = (typeof PROPOSING_BODIES)[number];
export const BODY_LABELS: Record<ProposingBody, string> = {
  DISCIPLINE: '纪委监委',
  ORG_DEPT: '组织部',
  INSPECTION: '督查部门',
  UPPER_DEPT: '上级部门',
};

/** 第八条（一）: forms for a party organization; they write no measure on any cadre. */
export const ORGANIZATION_FORMS = ['ORG_CHECK', 'ORG_NOTICE', 'ORG_REORGANIZE'] as const;
export type OrganizationForm = (typeof ORGANIZATION_FORMS)[number];

/** 第八条（二）: forms for a leader, each a measure of the register (DOMAIN.md §4). 引咎辞职 is resigning, not a form. */
export const LEADER_FORMS = [
  'ACC_NOTICE',
  'ADMONISH',
  'ORG_SUSPEND',
  'ORG_REASSIGN',
  'ORG_RESIGN_ORDERED',
  'ORG_DISMISS',
  'ORG_DEMOTE',
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
] as const satisfies readonly MeasureCode[];
export type LeaderForm = (typeof LEADER_FORMS)[number];

export const ACCOUNTABILITY_FORMS = [...ORGANIZATION_FORMS, ...LEADER_FORMS] as const;
export type AccountabilityForm = (typeof ACCOUNTABILITY_FORMS)[number];

/** Forms of one family exclude each other in one decision (see forms.rules.ts). */
export type FormFamily = 'ORGANIZATION' | 'NOTICE' | 'ADMONISH' | 'ADJUSTMENT' | 'PARTY_SANCTION' | 'GOV_SANCTION';
export const FAMILY_LABELS: Record<FormFamily, string> = {
  ORGANIZATION: '对党组织的问责',
  NOTICE: '通报',
  ADMONISH: '诫勉',
  ADJUSTMENT: '组织调整或者组织处理',
  PARTY_SANCTION: '党纪处分',
  GOV_SANCTION: '政务处分',
};

export const FORM_FAMILY: Record<AccountabilityForm, FormFamily> = {
  ORG_CHECK: 'ORGANIZATION',
  ORG_NOTICE: 'ORGANIZATION',
  ORG_REORGANIZE: 'ORGANIZATION',
  ACC_NOTICE: 'NOTICE',
  ADMONISH: 'ADMONISH',
  ORG_SUSPEND: 'ADJUSTMENT',
  ORG_REASSIGN: 'ADJUSTMENT',
  ORG_RESIGN_ORDERED: 'ADJUSTMENT',
  ORG_DISMISS: 'ADJUSTMENT',
  ORG_DEMOTE: 'ADJUSTMENT',
  PARTY_WARNING: 'PARTY_SANCTION',
  PARTY_SERIOUS_WARNING: 'PARTY_SANCTION',
  PARTY_REMOVE_POST: 'PARTY_SANCTION',
  PARTY_PROBATION: 'PARTY_SANCTION',
  PARTY_EXPEL: 'PARTY_SANCTION',
  GOV_WARNING: 'GOV_SANCTION',
  GOV_DEMERIT: 'GOV_SANCTION',
  GOV_MAJOR_DEMERIT: 'GOV_SANCTION',
  GOV_DEMOTE: 'GOV_SANCTION',
  GOV_REMOVE: 'GOV_SANCTION',
  GOV_EXPEL: 'GOV_SANCTION',
};

export const FORM_LABELS: Record<AccountabilityForm, string> = {
  ORG_CHECK: '检查',
  ORG_NOTICE: '通报（党组织）',
  ORG_REORGANIZE: '改组',
  ...(Object.fromEntries(LEADER_FORMS.map((code) => [code, MEASURE_LABELS[code]])) as Record<LeaderForm, string>),
};

export const isLeaderForm = (form: AccountabilityForm): form is LeaderForm => FORM_FAMILY[form] !== 'ORGANIZATION';

/** 第十七至十九条: the circumstance a decision was taken under. 不予/免予问责 are outcomes of their own, not circumstances. */
export const CIRCUMSTANCES = ['NONE', 'LIGHTER', 'REDUCED', 'HEAVIER', 'AGGRAVATED'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export const CIRCUMSTANCE_LABELS: Record<Circumstance, string> = {
  NONE: '无从轻、减轻、从重、加重情节',
  LIGHTER: '从轻问责',
  REDUCED: '减轻问责',
  HEAVIER: '从重问责',
  AGGRAVATED: '加重问责',
};

/** A tolerance case's final decision (DOMAIN.md §6), as the accountability case reads it. */
export const TOLERANCE_DECISIONS = ['EXEMPT', 'LIGHTER', 'REDUCED', 'REJECTED'] as const;
export type ToleranceDecision = (typeof TOLERANCE_DECISIONS)[number];
export const TOLERANCE_DECISION_LABELS: Record<ToleranceDecision, string> = {
  EXEMPT: '免责',
  LIGHTER: '从轻',
  REDUCED: '减轻',
  REJECTED: '不予容错',
};

/** Citations of this module, in one place so a corrected one changes everywhere. */
export const ACC_CITE = {
  forms: '中国共产党问责条例（2019）第八条',
  exempt: '中国共产党问责条例（2019）第十七条',
  mitigate: '中国共产党问责条例（2019）第十八条',
  aggravate: '中国共产党问责条例（2019）第十九条',
  executeAndAppeal: '中国共产党问责条例（2019）第二十条',
  correct: '中国共产党问责条例（2019）第二十一条',
  partySanction: '中国共产党纪律处分条例（2023）第十条',
  govSanction: '公职人员政务处分法第七条',
  coordination: '问责统筹：谁有管理权限谁问责，同一事实不重复问责（DOMAIN.md §7）',
  repeat: '问责统筹：12 个月内两次被问责的予以提示（DOMAIN.md §7）',
  upAndDown: '推进领导干部能上能下规定（2022）',
} as const;
