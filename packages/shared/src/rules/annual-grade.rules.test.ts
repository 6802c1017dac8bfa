import { describe, expect, it } from 'vitest';
import { type AnnualGradeInput, type AnnualGradeOutcome, annualGradeEffects } from './annual-grade.rules';
import type { MeasureRecord } from './measures';

const m = (code: MeasureRecord['code'], effectiveOn: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({
  code,
  effectiveOn,
  ...extra,
});

const ALL = ['EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT'];
const NOT_EXCELLENT = ['COMPETENT', 'BASIC', 'INCOMPETENT'];

const rows: Array<[string, AnnualGradeInput, AnnualGradeOutcome, string[], string[]]> = [
  ['公务员考核规定: nothing recorded → every grade', { year: 2026, measures: [] }, 'NONE', ALL, []],
  [
    '公务员考核规定第二十八条: GOV_WARNING in Y → not EXCELLENT',
    { year: 2025, measures: [m('GOV_WARNING', '2025-10-31')] },
    'NOT_EXCELLENT',
    NOT_EXCELLENT,
    ['GOV_WARNING'],
  ],
  ['公务员考核规定第二十八条: GOV_WARNING has no effect in Y+1', { year: 2026, measures: [m('GOV_WARNING', '2025-10-31')] }, 'NONE', ALL, []],
  ['公务员考核规定第二十八条: GOV_WARNING has no effect before Y', { year: 2024, measures: [m('GOV_WARNING', '2025-10-31')] }, 'NONE', ALL, []],
  ['能上能下规定: ADMONISH in Y → not EXCELLENT', { year: 2026, measures: [m('ADMONISH', '2026-05-01')] }, 'NOT_EXCELLENT', NOT_EXCELLENT, ['ADMONISH']],
  ['公务员考核规定第二十八条: GOV_DEMERIT in Y → ungraded', { year: 2026, measures: [m('GOV_DEMERIT', '2026-01-05')] }, 'UNGRADED', [], ['GOV_DEMERIT']],
  [
    '公务员考核规定第二十八条: GOV_MAJOR_DEMERIT → ungraded in Y+1 too',
    { year: 2027, measures: [m('GOV_MAJOR_DEMERIT', '2026-12-30')] },
    'UNGRADED',
    [],
    ['GOV_MAJOR_DEMERIT'],
  ],
  ['公务员考核规定第二十八条: GOV_REMOVE has no effect in Y+2', { year: 2028, measures: [m('GOV_REMOVE', '2026-12-30')] }, 'NONE', ALL, []],
  [
    '1998 意见: PARTY_REMOVE_POST in Y → INCOMPETENT',
    { year: 2026, measures: [m('PARTY_REMOVE_POST', '2026-03-01')] },
    'INCOMPETENT',
    ['INCOMPETENT'],
    ['PARTY_REMOVE_POST'],
  ],
  [
    '1998 意见: PARTY_PROBATION 12 → Y INCOMPETENT',
    { year: 2025, measures: [m('PARTY_PROBATION', '2025-03-01', { months: 12 })] },
    'INCOMPETENT',
    ['INCOMPETENT'],
    ['PARTY_PROBATION'],
  ],
  [
    '1998 意见: PARTY_PROBATION 12 → Y+1 ungraded',
    { year: 2026, measures: [m('PARTY_PROBATION', '2025-03-01', { months: 12 })] },
    'UNGRADED',
    [],
    ['PARTY_PROBATION'],
  ],
  ['1998 意见: PARTY_PROBATION 12 → no effect in Y+2', { year: 2027, measures: [m('PARTY_PROBATION', '2025-03-01', { months: 12 })] }, 'NONE', ALL, []],
  [
    '1998 意见: PARTY_PROBATION 24 → Y+2 ungraded',
    { year: 2027, measures: [m('PARTY_PROBATION', '2025-03-01', { months: 24 })] },
    'UNGRADED',
    [],
    ['PARTY_PROBATION'],
  ],
  ['1998 意见: PARTY_PROBATION 24 → no effect in Y+3', { year: 2028, measures: [m('PARTY_PROBATION', '2025-03-01', { months: 24 })] }, 'NONE', ALL, []],
  ['1998 意见: PARTY_EXPEL → Y INCOMPETENT', { year: 2025, measures: [m('PARTY_EXPEL', '2025-03-01')] }, 'INCOMPETENT', ['INCOMPETENT'], ['PARTY_EXPEL']],
  ['1998 意见: PARTY_EXPEL → Y+2 ungraded', { year: 2027, measures: [m('PARTY_EXPEL', '2025-03-01')] }, 'UNGRADED', [], ['PARTY_EXPEL']],
  ['政务处分法第八条: GOV_EXPEL → not assessed from Y on', { year: 2031, measures: [m('GOV_EXPEL', '2025-03-01')] }, 'NOT_ASSESSED', [], ['GOV_EXPEL']],
  [
    'DOMAIN.md §4 combination: INCOMPETENT beats ungraded beats not EXCELLENT (heaviest wins, reasons heaviest first)',
    { year: 2026, measures: [m('GOV_WARNING', '2026-01-10'), m('GOV_DEMERIT', '2026-02-10'), m('PARTY_REMOVE_POST', '2026-03-10')] },
    'INCOMPETENT',
    ['INCOMPETENT'],
    ['PARTY_REMOVE_POST', 'GOV_DEMERIT', 'GOV_WARNING'],
  ],
  [
    'DOMAIN.md §4 combination: not assessed beats INCOMPETENT',
    { year: 2026, measures: [m('PARTY_EXPEL', '2026-01-10'), m('GOV_EXPEL', '2026-02-10')] },
    'NOT_ASSESSED',
    [],
    ['GOV_EXPEL', 'PARTY_EXPEL'],
  ],
  [
    'DOMAIN.md §4 combination: ungraded beats not EXCELLENT',
    { year: 2026, measures: [m('ADMONISH', '2026-01-10'), m('ORG_DEMOTE', '2026-02-10')] },
    'UNGRADED',
    [],
    ['ORG_DEMOTE', 'ADMONISH'],
  ],
  ['DOMAIN.md §6: a revoked (exempted) measure does not count', { year: 2026, measures: [m('GOV_DEMERIT', '2026-01-05', { revoked: true })] }, 'NONE', ALL, []],
  [
    '公务员考核规定: under investigation → no comment and no grade',
    { year: 2026, measures: [], underInvestigation: true },
    'DEFERRED',
    [],
    ['UNDER_INVESTIGATION'],
  ],
  [
    '公务员考核规定: under investigation outranks a forced INCOMPETENT',
    { year: 2026, measures: [m('PARTY_REMOVE_POST', '2026-03-01')], underInvestigation: true },
    'DEFERRED',
    [],
    ['UNDER_INVESTIGATION', 'PARTY_REMOVE_POST'],
  ],
  ['公务员考核规定: a new hire on probation gets a comment only', { year: 2026, measures: [], newHireProbation: true }, 'UNGRADED', [], ['NEW_HIRE_PROBATION']],
  [
    '公务员考核规定: leave over half the year → ungraded, beating not EXCELLENT',
    { year: 2026, measures: [m('GOV_WARNING', '2026-01-10')], longLeave: true },
    'UNGRADED',
    [],
    ['LONG_LEAVE', 'GOV_WARNING'],
  ],
];

describe('annualGradeEffects', () => {
  it.each(rows)('%s', (_name, input, outcome, allowedGrades, codes) => {
    const result = annualGradeEffects(input);
    expect(result.outcome).toBe(outcome);
    expect(result.allowedGrades).toEqual(allowedGrades);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
  });

  it.each([
    ['NONE', { year: 2026, measures: [] }, { assessed: true, graded: true, writeComment: true }],
    ['INCOMPETENT', { year: 2026, measures: [m('PARTY_REMOVE_POST', '2026-03-01')] }, { assessed: true, graded: true, writeComment: true }],
    ['UNGRADED', { year: 2026, measures: [m('GOV_DEMERIT', '2026-03-01')] }, { assessed: true, graded: false, writeComment: true }],
    ['DEFERRED', { year: 2026, measures: [], underInvestigation: true }, { assessed: true, graded: false, writeComment: false }],
    ['NOT_ASSESSED', { year: 2026, measures: [m('GOV_EXPEL', '2026-03-01')] }, { assessed: false, graded: false, writeComment: false }],
  ] as const)('公务员考核规定第二十八、二十九条: %s decides whether to assess, grade and comment', (_o, input, flags) => {
    expect(annualGradeEffects(input)).toMatchObject(flags);
  });

  it('公务员考核规定: the investigation reason says the grade is set retroactively once closed', () => {
    const [first] = annualGradeEffects({ year: 2026, measures: [], underInvestigation: true }).reasons;
    expect(first?.text).toContain('补定等次');
  });

  it('能上能下规定: ADMONISH also says no 评优 that year, citing the grade-effect clause', () => {
    const [first] = annualGradeEffects({ year: 2026, measures: [m('ADMONISH', '2026-05-01')] }).reasons;
    expect(first?.text).toContain('当年不得评优');
    expect(first?.rule).toContain('公务员考核规定');
  });
});
