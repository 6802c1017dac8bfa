import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates/date';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import { rotationDue } from './rotation.rules';
import { completedYears, latestStartFor } from './years.rules';

const policy = CN_NATIONAL_POLICY.rotation;

describe('rotationDue (轮岗交流: policy rotation.years 10, rotation.keyPostYears 5)', () => {
  const rows: Array<[string, string, boolean, string, boolean, number]> = [
    ['exactly ten years on the day counts', '2016-03-02', false, '2026-03-02', true, 10],
    ['one day short of ten years', '2016-03-03', false, '2026-03-02', false, 9],
    ['a key post after exactly five years', '2021-03-02', true, '2026-03-02', true, 5],
    ['a key post one day short of five years', '2021-03-03', true, '2026-03-02', false, 4],
    ['an ordinary post after five years is not due', '2021-03-02', false, '2026-03-02', false, 5],
    ['appointed on 29 February: the period ends on 28 February of a common year', '2016-02-29', false, '2026-02-28', true, 10],
    ['…and not the day before', '2016-02-29', false, '2026-02-27', false, 9],
    ['a post starting in the future has no years', '2027-01-01', false, '2026-03-02', false, 0],
  ];
  it.each(rows)('%s', (_, startedOn, isKey, asOf, due, years) => {
    const result = rotationDue({ startedOn, isKey }, asOf, policy);
    expect(result).toMatchObject({ due, yearsInPost: years, thresholdYears: isKey ? 5 : 10 });
  });

  it('takes the jurisdiction policy’s own periods', () => {
    expect(rotationDue({ startedOn: '2018-03-02', isKey: false }, '2026-03-02', { years: 8, keyPostYears: 3 })).toMatchObject({
      due: true,
      dueOn: '2026-03-02',
    });
    expect(rotationDue({ startedOn: '2023-03-03', isKey: true }, '2026-03-02', { years: 8, keyPostYears: 3 }).due).toBe(false);
  });
});

describe('latestStartFor agrees with completedYears (the SQL filters use the first, the rules the second)', () => {
  it('table', () => {
    expect(latestStartFor('2026-03-02', 10)).toBe('2016-03-02');
    expect(latestStartFor('2026-02-28', 10)).toBe('2016-02-29');
    expect(latestStartFor('2025-02-28', 1)).toBe('2024-02-29');
    expect(latestStartFor('2024-02-29', 1)).toBe('2023-02-28');
    expect(completedYears('1980-01-01', '2026-01-01')).toBe(46);
    expect(completedYears('1980-01-02', '2026-01-01')).toBe(45);
  });

  const day = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);
  it('start <= latestStartFor(asOf, n) exactly when completedYears(start, asOf) >= n', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 70 }), (start, asOf, n) => {
        expect(start <= latestStartFor(asOf, n)).toBe(completedYears(start, asOf) >= n);
      }),
    );
  });
  it('the day after the latest start has not completed them', () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 70 }), (asOf, n) => completedYears(addDays(latestStartFor(asOf, n), 1), asOf) < n));
  });
});
