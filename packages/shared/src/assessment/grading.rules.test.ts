import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import { annualGradeEffects } from '../rules/annual-grade.rules';
import type { MeasureRecord } from '../rules/measures';
import { gradeScaleOf } from './grade-scale';
import { changeRefusal, type GradingCandidate, proposeGrades, quotaBase } from './grading.rules';

// Grading a pool (DOMAIN.md §5: top grade for at most the quota; §4: a measure's annual-grade effect binds the grade).
const annual = gradeScaleOf('ANNUAL', 'INDIVIDUAL', CN_NATIONAL_POLICY);
const measure = (code: MeasureRecord['code']): MeasureRecord => ({ code, effectiveOn: '2026-03-02' });
const person = (id: string, score: number | null, ...codes: MeasureRecord['code'][]): GradingCandidate => {
  const effect = annualGradeEffects({ year: 2026, measures: codes.map(measure) });
  return { id, name: id, score, constraint: { outcome: effect.outcome, allowedGrades: effect.allowedGrades, reasons: effect.reasons } };
};

describe('proposeGrades', () => {
  it('gives the top grade to the best up to the quota, the usual grade to the rest', () => {
    const p = proposeGrades(annual, [person('a', 80), person('b', 95), person('c', 90)], 2);
    expect(p.map((x) => [x.id, x.grade, x.rank])).toEqual([
      ['a', 'COMPETENT', 3],
      ['b', 'EXCELLENT', 1],
      ['c', 'EXCELLENT', 2],
    ]);
  });

  it('passes over a person under 党内警告 (not EXCELLENT that year) and gives the place to the next', () => {
    const p = proposeGrades(annual, [person('a', 99, 'PARTY_WARNING'), person('b', 90), person('c', 85)], 1);
    expect(p.map((x) => x.grade)).toEqual(['COMPETENT', 'EXCELLENT', 'COMPETENT']);
    expect(p[0]?.reasons.map((r) => r.code)).toContain('TOP_BARRED');
  });

  it.each([
    { code: 'GOV_DEMERIT' as const, status: 'COMMENT_ONLY', grade: null },
    { code: 'PARTY_REMOVE_POST' as const, status: 'GRADED', grade: 'INCOMPETENT' },
    { code: 'GOV_EXPEL' as const, status: 'NOT_ASSESSED', grade: null },
  ])('$code: $status, $grade', ({ code, status, grade }) => {
    const [p] = proposeGrades(annual, [person('a', 99, code)], 1);
    expect(p).toMatchObject({ status, grade });
  });

  it('flags a tie at the edge of the quota', () => {
    const p = proposeGrades(annual, [person('a', 90), person('b', 90)], 1);
    expect(p[0]?.reasons.map((r) => r.code)).toContain('TIE_AT_QUOTA');
    expect(p.map((x) => x.grade)).toEqual(['EXCELLENT', 'COMPETENT']);
  });

  it('does not bind units by measures and uses the unit results', () => {
    const units = gradeScaleOf('ANNUAL', 'TOWNSHIP', CN_NATIONAL_POLICY);
    const p = proposeGrades(
      units,
      [
        { id: 'u1', name: '甲镇', score: 90 },
        { id: 'u2', name: '乙镇', score: 80 },
      ],
      1,
    );
    expect(p.map((x) => x.grade)).toEqual(['EXCELLENT', 'GOOD']);
  });
});

describe('quotaBase', () => {
  it('counts everyone assessed, graded or not, but not those not assessed', () => {
    expect(quotaBase([person('a', 90), person('b', null, 'GOV_DEMERIT'), person('c', null, 'GOV_EXPEL')])).toBe(2);
  });
});

describe('changeRefusal', () => {
  it.each([
    { what: 'a grade the measure forbids', who: person('a', 90, 'PARTY_WARNING'), grade: 'EXCELLENT', others: [], code: 'GRADE_NOT_ALLOWED' },
    { what: 'a top grade beyond the quota', who: person('a', 90), grade: 'EXCELLENT', others: ['EXCELLENT'], code: 'QUOTA_EXCEEDED' },
    { what: 'a grade for a comment-only person', who: person('a', 90, 'GOV_DEMERIT'), grade: 'COMPETENT', others: [], code: 'NOT_GRADED' },
    { what: 'no grade for a person to be graded', who: person('a', 90), grade: null, others: [], code: 'GRADE_REQUIRED' },
    { what: 'a grade outside the scale', who: person('a', 90), grade: 'GOOD', others: [], code: 'UNKNOWN_GRADE' },
  ])('refuses $what', ({ who, grade, others, code }) => {
    expect(changeRefusal(annual, who, grade, others, 1)?.code).toBe(code);
  });

  it.each([
    { what: 'a top grade within the quota', who: person('a', 90), grade: 'EXCELLENT', others: ['COMPETENT'] },
    { what: 'a lower grade', who: person('a', 90, 'PARTY_WARNING'), grade: 'BASIC', others: ['EXCELLENT'] },
  ])('allows $what', ({ who, grade, others }) => {
    expect(changeRefusal(annual, who, grade, others, 1)).toBeNull();
  });
});
