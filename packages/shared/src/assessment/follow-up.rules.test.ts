import { describe, expect, it } from 'vitest';
import type { GradeHistoryEntry } from '../rules/grade-consequences.rules';
import { followUpsOf, seniorityOf } from './follow-up.rules';

// DOMAIN.md §4 "Grade consequences" (公务员考核规定 第四章) and issue 5 "Results that drive things".
const years = (...grades: Array<GradeHistoryEntry['grade']>): GradeHistoryEntry[] => grades.map((grade, i) => ({ year: 2024 + i, grade }));
const kinds = (history: GradeHistoryEntry[], inPool = false) => followUpsOf(history, inPool).map((f) => (f.repeated ? `${f.kind}*` : f.kind));

describe('followUpsOf', () => {
  it.each([
    ['EXCELLENT → 嘉奖', years('EXCELLENT'), false, ['COMMENDATION']],
    ['three EXCELLENT in a row → 嘉奖 and 记三等功', years('EXCELLENT', 'EXCELLENT', 'EXCELLENT'), false, ['COMMENDATION', 'MERIT_THIRD_CLASS']],
    ['COMPETENT → nothing to do', years('COMPETENT'), true, []],
    ['BASIC → 诫勉 and the 能上能下 list', years('COMPETENT', 'BASIC'), false, ['ADMONISH', 'UP_DOWN']],
    ['BASIC in the talent pool → also its review', years('BASIC'), true, ['ADMONISH', 'TALENT_POOL_REVIEW', 'UP_DOWN']],
    ['BASIC after INCOMPETENT → repeated', years('INCOMPETENT', 'BASIC'), false, ['ADMONISH', 'UP_DOWN*']],
    ['two INCOMPETENT → demotion, dismissal review, repeated', years('INCOMPETENT', 'INCOMPETENT'), false, ['DEMOTION', 'DISMISSAL_REVIEW', 'UP_DOWN*']],
    ['ungraded → nothing to do', years(null), true, []],
  ] as const)('%s', (_name, history, inPool, expected) => {
    expect(kinds([...history], inPool)).toEqual(expected);
  });

  it('gives every task its reason', () => {
    for (const f of followUpsOf(years('INCOMPETENT', 'INCOMPETENT'), true)) expect(f.reasons.length).toBeGreaterThan(0);
  });
});

describe('seniorityOf', () => {
  it('counts COMPETENT and better years, not BASIC or ungraded ones, up to the year', () => {
    const history = years('COMPETENT', 'BASIC', null, 'EXCELLENT');
    expect(seniorityOf(history, 2027)).toMatchObject({ counts: true, qualifyingYears: 2 });
    expect(seniorityOf(history, 2025)).toMatchObject({ counts: false, qualifyingYears: 1 });
    expect(seniorityOf(history, 2026).text).toContain('未定等次，不计入');
  });
});
