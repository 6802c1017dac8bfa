import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/date';
import { annualGradeEffects, severityOf } from './annual-grade.rules';
import { MEASURE_CODES, type MeasureRecord } from './measures';

const measure: fc.Arbitrary<MeasureRecord> = fc
  .record({
    code: fc.constantFrom(...MEASURE_CODES),
    effectiveOn: fc.integer({ min: toDayNumber('2022-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber),
    months: fc.constantFrom(12, 24),
    revoked: fc.oneof({ arbitrary: fc.constant(false), weight: 6 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map(({ code, effectiveOn, months, revoked }) => (code === 'PARTY_PROBATION' ? { code, effectiveOn, months, revoked } : { code, effectiveOn, revoked }));

const situation = fc.record({
  year: fc.integer({ min: 2022, max: 2029 }),
  measures: fc.array(measure, { maxLength: 4 }),
  underInvestigation: fc.boolean(),
  newHireProbation: fc.boolean(),
  longLeave: fc.boolean(),
});

describe('annual-grade properties (公务员考核规定第二十八、二十九条; DOMAIN.md §4 combination)', () => {
  it('adding a measure never makes the effect lighter', () => {
    fc.assert(
      fc.property(situation, measure, (input, added) => {
        const before = annualGradeEffects(input);
        const after = annualGradeEffects({ ...input, measures: [...input.measures, added] });
        expect(severityOf(after.outcome)).toBeGreaterThanOrEqual(severityOf(before.outcome));
      }),
    );
  });

  it('adding a measure never widens the allowed grades of a graded year, nor opens a grade above INCOMPETENT', () => {
    fc.assert(
      fc.property(situation, measure, (input, added) => {
        const before = annualGradeEffects(input);
        const after = annualGradeEffects({ ...input, measures: [...input.measures, added] });
        if (before.graded) for (const grade of after.allowedGrades) expect(before.allowedGrades).toContain(grade);
        for (const grade of after.allowedGrades.filter((g) => g !== 'INCOMPETENT')) {
          expect(before.allowedGrades).toContain(grade);
        }
      }),
    );
  });

  it('the shape follows the outcome: graded ⇔ some grade allowed; no comment only when not assessed or deferred', () => {
    fc.assert(
      fc.property(situation, (input) => {
        const result = annualGradeEffects(input);
        expect(result.graded).toBe(result.allowedGrades.length > 0);
        expect(result.writeComment).toBe(result.outcome !== 'NOT_ASSESSED' && result.outcome !== 'DEFERRED');
        expect(result.reasons.length === 0).toBe(result.outcome === 'NONE');
      }),
    );
  });
});
