import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, compareDates, fromDayNumber, toDayNumber } from '../dates/date';
import { MEASURE_CODES, MEASURES, type MeasureRecord } from './measures';
import { type PromotionResult, screenPromotion } from './promotion.rules';
import { ANNUAL_GRADES, type AnnualGrade } from './reason';

const date = fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);

const measure: fc.Arbitrary<MeasureRecord> = fc
  .record({
    code: fc.constantFrom(...MEASURE_CODES),
    effectiveOn: date,
    months: fc.constantFrom(12, 24),
    liftAfter: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    revoked: fc.oneof({ arbitrary: fc.constant(false), weight: 6 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map(({ code, effectiveOn, months, liftAfter, revoked }) => {
    const record: MeasureRecord = { code, effectiveOn, revoked };
    if (code === 'PARTY_PROBATION') record.months = months;
    if (code === 'ORG_SUSPEND' && liftAfter !== undefined) {
      record.liftedOn = fromDayNumber(toDayNumber(effectiveOn) + liftAfter);
    }
    return record;
  });

/** How late eligibility comes: never/unknown is latest, no bar at all is earliest. */
function lateness(result: PromotionResult): number {
  if (result.permanent || result.untilLifted) return Number.POSITIVE_INFINITY;
  return result.eligibleFrom === null ? Number.NEGATIVE_INFINITY : toDayNumber(result.eligibleFrom);
}

describe('promotion screening properties (干部任用条例第二十四条)', () => {
  it('a longer bar never ends earlier (calendar months clamped to month end)', () => {
    fc.assert(
      fc.property(date, fc.nat(60), fc.nat(60), (d, a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        expect(compareDates(addMonthsClamped(d, shorter), addMonthsClamped(d, longer))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('a measure with a longer bar from the same day never makes eligibility come sooner', () => {
    const barred = MEASURE_CODES.filter((code) => typeof MEASURES[code].promotionBar === 'number');
    fc.assert(
      fc.property(date, date, fc.constantFrom(...barred), fc.constantFrom(...barred), (asOf, effectiveOn, a, b) => {
        // 留党察看 is generated with a 24-month probation, so its bar is 24 + 24 months.
        const barOf = (code: MeasureRecord['code']) => (MEASURES[code].promotionBar as number) + (code === 'PARTY_PROBATION' ? 24 : 0);
        const [shorter, longer] = barOf(a) <= barOf(b) ? [a, b] : [b, a];
        const months = { months: 24 };
        const withShorter = screenPromotion({ asOf, measures: [{ code: shorter, effectiveOn, ...(shorter === 'PARTY_PROBATION' ? months : {}) }] });
        const withLonger = screenPromotion({ asOf, measures: [{ code: longer, effectiveOn, ...(longer === 'PARTY_PROBATION' ? months : {}) }] });
        expect(lateness(withLonger)).toBeGreaterThanOrEqual(lateness(withShorter));
        if (withLonger.eligible) expect(withShorter.eligible).toBe(true);
      }),
    );
  });

  it('adding a measure never makes anyone more eligible, nor eligible sooner', () => {
    fc.assert(
      fc.property(
        date,
        fc.array(measure, { maxLength: 4 }),
        measure,
        fc.boolean(),
        fc.constantFrom<AnnualGrade | null | undefined>(undefined, null, ...ANNUAL_GRADES),
        (asOf, measures, added, underInvestigation, lastYearGrade) => {
          const before = screenPromotion({ asOf, measures, underInvestigation, lastYearGrade });
          const after = screenPromotion({ asOf, measures: [...measures, added], underInvestigation, lastYearGrade });
          if (after.eligible) expect(before.eligible).toBe(true);
          expect(lateness(after)).toBeGreaterThanOrEqual(lateness(before));
          expect(after.reasons.length).toBeGreaterThanOrEqual(before.reasons.length);
        },
      ),
    );
  });

  it('eligible exactly when no reason blocks, and a dated bar blocks exactly while asOf < eligibleFrom', () => {
    fc.assert(
      fc.property(date, fc.array(measure, { maxLength: 4 }), (asOf, measures) => {
        const result = screenPromotion({ asOf, measures });
        expect(result.eligible).toBe(result.reasons.length === 0);
        if (!result.permanent && !result.untilLifted && result.eligibleFrom !== null) {
          expect(result.eligible).toBe(compareDates(asOf, result.eligibleFrom) >= 0);
        }
      }),
    );
  });
});
