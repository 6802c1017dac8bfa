import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRule, RULE_NAMES } from './index';
import { MEASURE_CODES } from './measures';

// Values that look almost right, so that the checks between fields run on half-valid input.
const nearValue = fc.oneof(
  fc.constantFrom('2026-03-01', '2025-02-29', '2026-02-30', '2026-13-01', 'soon', '', '0.2', '1.5', 'GOOD', 'FALSE'),
  fc.constantFrom(...MEASURE_CODES, 'EXCELLENT', 'add', 'noticeEnd', 'count', 'REFORM_TRIAL', 'SELECTION_AFFECTED'),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const keys = fc.constantFrom(
  'asOf',
  'measures',
  'code',
  'effectiveOn',
  'months',
  'liftedOn',
  'revoked',
  'year',
  'history',
  'grade',
  'op',
  'from',
  'to',
  'start',
  'days',
  'participants',
  'ratio',
  'rounding',
  'situations',
  'conditions',
  'conclusion',
  'impacts',
  'consent',
);
const nearInput = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, nearValue, tie('object'), tie('array')),
  object: fc.dictionary(keys, tie('node'), { maxKeys: 6 }),
  array: fc.array(tie('node'), { maxLength: 3 }),
})).node;

describe('evaluateRule never throws (DESIGN.md §4: no throwing for a business "no")', () => {
  it.each(RULE_NAMES)('%s answers any JSON with a result or a validation error', (name) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearInput), (raw) => {
        const outcome = evaluateRule(name, raw);
        if (!outcome.ok) expect(outcome.error.code).toBe('VALIDATION_FAILED');
      }),
      { numRuns: 300 },
    );
  });
});
