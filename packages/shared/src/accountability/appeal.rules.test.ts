import { describe, expect, it } from 'vitest';
import { appealAnswerDue, appealStatus, checkAppeal } from './appeal.rules';

// 中国共产党问责条例（2019）第二十条 (DOMAIN.md §7): an appeal within 1 month of the decision, answered within 1 month;
// calendar months clamped to the month's end, like every month limit (DOMAIN.md §4).
describe('checkAppeal', () => {
  it.each([
    ['the same day', '2026-03-10', '2026-03-10', 'ALLOWED', '2026-04-10'],
    ['the last day', '2026-03-10', '2026-04-10', 'ALLOWED', '2026-04-10'],
    ['the day after the last', '2026-03-10', '2026-04-11', 'LATE', '2026-04-10'],
    ['from 01-31 the month ends on 02-28', '2026-01-31', '2026-02-28', 'ALLOWED', '2026-02-28'],
    ['and 03-01 is late', '2026-01-31', '2026-03-01', 'LATE', '2026-02-28'],
    ['in a leap year on 02-29', '2028-01-31', '2028-02-29', 'ALLOWED', '2028-02-29'],
    ['before the decision', '2026-03-10', '2026-03-09', 'BEFORE_DECISION', '2026-04-10'],
  ] as const)('%s', (_name, decidedOn, receivedOn, outcome, lastDay) => {
    expect(checkAppeal({ decidedOn, receivedOn, appealMonths: 1 })).toMatchObject({ outcome, lastDay });
  });

  it('says the day the period ran out', () => {
    expect(checkAppeal({ decidedOn: '2026-03-10', receivedOn: '2026-05-01', appealMonths: 1 }).reasons[0]?.text).toBe(
      '申诉期限已于 2026-04-10 届满（问责决定 2026-03-10 作出后 1 个月内可以申诉）',
    );
  });
});

describe('appeal answers', () => {
  it('are due a calendar month after receipt, clamped', () => {
    expect(appealAnswerDue('2026-03-31', 1)).toBe('2026-04-30');
  });

  it.each([
    ['unanswered on its last day → open', '2026-04-30', null, '2026-04-30', 'OPEN'],
    ['unanswered the day after → overdue', '2026-04-30', null, '2026-05-01', 'OVERDUE'],
    ['answered late → answered', '2026-04-30', '2026-05-10', '2026-06-01', 'ANSWERED'],
  ] as const)('%s', (_name, answerDue, answeredOn, asOf, status) => {
    expect(appealStatus({ answerDue, answeredOn }, asOf)).toBe(status);
  });
});
