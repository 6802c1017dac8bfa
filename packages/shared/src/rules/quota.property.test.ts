import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeQuota } from './quota.rules';

// Ratios from 0 to the 25% ceiling with up to four decimals, as text and as the equal JS number.
const ratioDigits = fc.integer({ min: 0, max: 2500 });
const asText = (digits: number) => `0.${String(digits).padStart(4, '0')}`;
const participants = fc.integer({ min: 0, max: 100_000 });
const rounding = fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const);

describe('quota properties (公务员考核规定 优秀等次比例; DOMAIN.md §5)', () => {
  it('maxExcellent is monotone in participants', () => {
    fc.assert(
      fc.property(participants, participants, ratioDigits, rounding, (a, b, digits, r) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const ratio = asText(digits);
        const small = gradeQuota({ participants: fewer, ratio, rounding: r }).maxExcellent ?? Number.NaN;
        const large = gradeQuota({ participants: more, ratio, rounding: r }).maxExcellent ?? Number.NaN;
        expect(small).toBeLessThanOrEqual(large);
      }),
    );
  });

  it('rounded down, maxExcellent ≤ participants × ratio, and the next one would exceed it', () => {
    fc.assert(
      fc.property(participants, ratioDigits, (n, digits) => {
        const max = gradeQuota({ participants: n, ratio: asText(digits) }).maxExcellent ?? Number.NaN;
        expect(max * 10_000).toBeLessThanOrEqual(n * digits);
        expect((max + 1) * 10_000).toBeGreaterThan(n * digits);
      }),
    );
  });

  it('a ratio as a JS number gives the same answer as its decimal text', () => {
    fc.assert(
      fc.property(participants, ratioDigits, rounding, (n, digits, r) => {
        const text = gradeQuota({ participants: n, ratio: asText(digits), rounding: r });
        const number = gradeQuota({ participants: n, ratio: Number(asText(digits)), rounding: r });
        expect(number.maxExcellent).toBe(text.maxExcellent);
      }),
    );
  });

  it('whatever the rounding, the result stays within one of participants × ratio', () => {
    fc.assert(
      fc.property(participants, ratioDigits, rounding, (n, digits, r) => {
        const max = gradeQuota({ participants: n, ratio: asText(digits), rounding: r }).maxExcellent ?? Number.NaN;
        expect(Math.abs(max * 10_000 - n * digits)).toBeLessThan(10_000);
      }),
    );
  });
});
