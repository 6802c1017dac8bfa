import { describe, expect, it } from 'vitest';
import type { AccountabilityForm, SubjectKind } from './forms';
import { adjustmentForms, checkForms } from './forms.rules';

// 中国共产党问责条例（2019）第八条: the forms for party organizations and for leaders, alone or combined; 纪律处分条例
// 第十条 and 政务处分法 第七条: one sanction of each kind; DOMAIN.md §7 "Forms".
const codes = (subjectKind: SubjectKind, forms: AccountabilityForm[], probationMonths?: number) =>
  checkForms({ subjectKind, forms, probationMonths }).reasons.map((r) => `${r.field}:${r.code}`);

describe('checkForms (问责条例 第八条)', () => {
  it.each([
    ['a leader: 通报 alone', 'CADRE', ['ACC_NOTICE'], undefined, []],
    ['a leader: 诫勉 with 通报', 'CADRE', ['ACC_NOTICE', 'ADMONISH'], undefined, []],
    ['a leader: 免职 with 党内严重警告 and 记大过', 'CADRE', ['ORG_DISMISS', 'PARTY_SERIOUS_WARNING', 'GOV_MAJOR_DEMERIT'], undefined, []],
    ['a leader: 留党察看 12 months', 'CADRE', ['PARTY_PROBATION'], 12, []],
    ['an organization: 检查 with 通报', 'ORGANIZATION', ['ORG_CHECK', 'ORG_NOTICE'], undefined, []],
    ['an organization: 改组', 'ORGANIZATION', ['ORG_REORGANIZE'], undefined, []],
    ['nothing chosen', 'CADRE', [], undefined, ['forms:NO_FORM']],
    ['an organization form for a leader', 'CADRE', ['ORG_CHECK', 'ADMONISH'], undefined, ['forms:ORG_FORM_FOR_LEADER']],
    ['a leader form for an organization', 'ORGANIZATION', ['ADMONISH'], undefined, ['forms:LEADER_FORM_FOR_ORG']],
    ['two party sanctions (纪律处分条例 第十条)', 'CADRE', ['PARTY_WARNING', 'PARTY_SERIOUS_WARNING'], undefined, ['forms:TWO_PARTY_SANCTION']],
    ['two government sanctions (政务处分法 第七条)', 'CADRE', ['GOV_WARNING', 'GOV_DEMERIT'], undefined, ['forms:TWO_GOV_SANCTION']],
    ['two organizational adjustments', 'CADRE', ['ORG_DISMISS', 'ORG_DEMOTE'], undefined, ['forms:TWO_ADJUSTMENT']],
    ['the same form twice', 'CADRE', ['ADMONISH', 'ADMONISH'], undefined, ['forms:FORM_REPEATED']],
    ['免职 after 开除公职', 'CADRE', ['GOV_EXPEL', 'ORG_DISMISS'], undefined, ['forms:MOOT_AFTER_EXPEL']],
    ['留党察看 without its length', 'CADRE', ['PARTY_PROBATION'], undefined, ['probationMonths:PROBATION_MONTHS']],
    ['留党察看 of 18 months', 'CADRE', ['PARTY_PROBATION'], 18, ['probationMonths:PROBATION_MONTHS']],
    ['a length without 留党察看', 'CADRE', ['ADMONISH'], 12, ['probationMonths:PROBATION_WITHOUT_FORM']],
  ] as const)('%s', (_name, kind, forms, months, expected) => {
    expect(codes(kind, [...forms], months)).toEqual(expected);
  });

  it('names the wrong forms and what the subject allows, citing 第八条', () => {
    const [r] = checkForms({ subjectKind: 'CADRE', forms: ['ORG_REORGANIZE'] }).reasons;
    expect(r?.text).toBe('“改组”不是对领导干部的问责方式，对领导干部可用：通报、诫勉、组织调整或者组织处理、纪律处分');
    expect(r?.rule).toBe('中国共产党问责条例（2019）第八条');
  });

  it('is valid only with no reason', () => {
    expect(checkForms({ subjectKind: 'CADRE', forms: ['ADMONISH'] }).outcome).toBe('VALID');
    expect(checkForms({ subjectKind: 'CADRE', forms: ['ORG_NOTICE'] }).outcome).toBe('INVALID');
  });
});

describe('adjustmentForms: only organizational adjustment leaves paperwork due within the month (DOMAIN.md §7)', () => {
  it.each([
    [['ACC_NOTICE', 'ADMONISH'], []],
    [['ADMONISH', 'ORG_REASSIGN'], ['ORG_REASSIGN']],
    [['ORG_DISMISS', 'PARTY_WARNING'], ['ORG_DISMISS']],
    [['ORG_CHECK', 'NOT_A_FORM'], []],
  ])('%j → %j', (forms, expected) => expect(adjustmentForms(forms)).toEqual(expected));
});
