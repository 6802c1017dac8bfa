import { type Reason, reason } from '../rules/reason';
import {
  ACC_CITE,
  type AccountabilityForm,
  FAMILY_LABELS,
  FORM_FAMILY,
  FORM_LABELS,
  type FormFamily,
  isLeaderForm,
  SUBJECT_KIND_LABELS,
  type SubjectKind,
} from './forms';

/*
 * Which forms a decision (or a proposal) may carry for its subject (问责条例 第八条): a party organization only 检查、
 * 通报、改组; a leader 通报、诫勉、组织调整或者组织处理、纪律处分. Forms may be combined, but not two of a kind whose
 * combination means nothing: two party sanctions, two government sanctions, two organizational adjustments, the same
 * form twice; and nothing of a cadre's post after 开除公职 has ended their public office.
 */

export interface FormsInput {
  subjectKind: SubjectKind;
  forms: readonly AccountabilityForm[];
  /** 留党察看's length, 12 or 24 months (纪律处分条例 第十条): needed when the forms include it. */
  probationMonths?: number | null;
}

/** `field` names the input the reason is about, so a refusal names the bad field. */
export interface FormReason extends Reason {
  field: 'forms' | 'probationMonths';
}

export interface FormsResult {
  outcome: 'VALID' | 'INVALID';
  reasons: FormReason[];
}

/** Families of which one decision carries at most one form, with the clause that says so. */
const SINGLE_FAMILIES: Partial<Record<FormFamily, string>> = {
  PARTY_SANCTION: ACC_CITE.partySanction,
  GOV_SANCTION: ACC_CITE.govSanction,
  ADJUSTMENT: ACC_CITE.forms,
};

const at = (field: FormReason['field'], code: string, rule: string, text: string): FormReason => ({ ...reason(code, rule, text), field });

function kindReasons(subjectKind: SubjectKind, forms: readonly AccountabilityForm[]): FormReason[] {
  const wrong = forms.filter((f) => (subjectKind === 'CADRE' ? !isLeaderForm(f) : isLeaderForm(f)));
  if (wrong.length === 0) return [];
  const names = wrong.map((f) => `“${FORM_LABELS[f]}”`).join('、');
  const allowed = subjectKind === 'CADRE' ? '通报、诫勉、组织调整或者组织处理、纪律处分' : '检查、通报、改组';
  return [
    at(
      'forms',
      subjectKind === 'CADRE' ? 'ORG_FORM_FOR_LEADER' : 'LEADER_FORM_FOR_ORG',
      ACC_CITE.forms,
      `${names}不是对${SUBJECT_KIND_LABELS[subjectKind]}的问责方式，对${SUBJECT_KIND_LABELS[subjectKind]}可用：${allowed}`,
    ),
  ];
}

function combinationReasons(forms: readonly AccountabilityForm[]): FormReason[] {
  const reasons: FormReason[] = [];
  const twice = forms.filter((f, i) => forms.indexOf(f) !== i);
  if (twice.length > 0) reasons.push(at('forms', 'FORM_REPEATED', ACC_CITE.forms, `问责方式“${FORM_LABELS[twice[0] as AccountabilityForm]}”重复`));
  for (const [family, rule] of Object.entries(SINGLE_FAMILIES) as Array<[FormFamily, string]>) {
    const members = [...new Set(forms.filter((f) => FORM_FAMILY[f] === family))];
    if (members.length < 2) continue;
    const names = members.map((f) => `“${FORM_LABELS[f]}”`).join('、');
    reasons.push(at('forms', `TWO_${family}`, rule, `${names}同属${FAMILY_LABELS[family]}，一次问责只能选择其中一种`));
  }
  if (forms.includes('GOV_EXPEL')) {
    const moot = forms.filter((f) => FORM_FAMILY[f] === 'ADJUSTMENT' || f === 'ADMONISH');
    if (moot.length > 0) {
      const names = moot.map((f) => `“${FORM_LABELS[f]}”`).join('、');
      reasons.push(at('forms', 'MOOT_AFTER_EXPEL', ACC_CITE.govSanction, `开除公职后已不再担任公职，不能同时给予${names}`));
    }
  }
  return reasons;
}

function probationReasons(input: FormsInput): FormReason[] {
  const has = input.forms.includes('PARTY_PROBATION');
  const months = input.probationMonths ?? null;
  if (has && months !== 12 && months !== 24) {
    return [at('probationMonths', 'PROBATION_MONTHS', ACC_CITE.partySanction, '给予留党察看的，须写明察看期限（12 或 24 个月）')];
  }
  if (!has && months !== null) return [at('probationMonths', 'PROBATION_WITHOUT_FORM', ACC_CITE.partySanction, '只有给予留党察看时才填写察看期限')];
  return [];
}

/** Whether the forms suit the subject and go together, with every reason they do not. */
export function checkForms(input: FormsInput): FormsResult {
  const reasons: FormReason[] =
    input.forms.length === 0
      ? [at('forms', 'NO_FORM', ACC_CITE.forms, '请至少选择一种问责方式')]
      : [...kindReasons(input.subjectKind, input.forms), ...combinationReasons(input.forms), ...probationReasons(input)];
  return { outcome: reasons.length === 0 ? 'VALID' : 'INVALID', reasons };
}

/**
 * The organizational adjustments among a decision's forms: they, and only they, leave paperwork to complete within the
 * policy's months of the decision (DOMAIN.md §7). Unknown codes are not adjustments.
 */
export function adjustmentForms(forms: readonly string[]): AccountabilityForm[] {
  return forms.filter((f): f is AccountabilityForm => f in FORM_FAMILY && FORM_FAMILY[f as AccountabilityForm] === 'ADJUSTMENT');
}
