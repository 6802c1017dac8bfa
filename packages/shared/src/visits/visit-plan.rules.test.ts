import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/policy.schema';
import type { MeasureRecord } from '../rules/measures';
import { isWindowOpen, planState, recommendationStart, recommendationState, visitPlan, visitRecordIssues, visitWindow } from './visit-plan.rules';

const policy = CN_NATIONAL_POLICY.visits;
const m = (code: MeasureRecord['code'], effectiveOn: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({ code, effectiveOn, ...extra });
const v = (id: string, visitedOn: string) => ({ id, visitedOn });

describe('visitWindow — DOMAIN.md §9: visits fall between the effective date and the end of the promotion bar', () => {
  it.each([
    ['诫勉 6 months', m('ADMONISH', '2026-01-15'), { opensOn: '2026-01-15', closesOn: '2026-07-14', barEnd: '2026-07-15' }],
    ['记过 12 months, month end clamped (§4)', m('GOV_DEMERIT', '2025-08-31'), { opensOn: '2025-08-31', closesOn: '2026-08-30', barEnd: '2026-08-31' }],
    ['留党察看 12 + 24 months', m('PARTY_PROBATION', '2025-01-10', { months: 12 }), { opensOn: '2025-01-10', closesOn: '2028-01-09', barEnd: '2028-01-10' }],
    ['停职检查 lifted', m('ORG_SUSPEND', '2026-01-01', { liftedOn: '2026-04-01' }), { opensOn: '2026-01-01', closesOn: '2026-03-31', barEnd: '2026-04-01' }],
    ['提醒: no bar, no visit', m('REMINDER', '2026-01-01'), null],
    ['停职检查 not lifted: no end yet', m('ORG_SUSPEND', '2026-01-01'), null],
    ['开除党籍: permanent, no plan', m('PARTY_EXPEL', '2026-01-01'), null],
    ['revoked: no plan', m('ADMONISH', '2026-01-15', { revoked: true }), null],
  ])('%s', (_, measure, expected) => {
    expect(visitWindow(measure)).toEqual(expected);
  });
});

describe('visitPlan — DOMAIN.md §9 default plan: first visit within 3 months, another before the bar ends', () => {
  const admonish = m('ADMONISH', '2026-01-15');
  it.each([
    [
      'nothing done, before the first due date',
      [],
      '2026-03-01',
      [
        ['2026-04-15', 'due'],
        ['2026-07-14', 'due'],
      ],
    ],
    [
      'first visit late: overdue',
      [],
      '2026-04-16',
      [
        ['2026-04-15', 'overdue'],
        ['2026-07-14', 'due'],
      ],
    ],
    [
      'first visit done, second open',
      [v('a', '2026-03-10')],
      '2026-05-01',
      [
        ['2026-04-15', 'done'],
        ['2026-07-14', 'due'],
      ],
    ],
    [
      'both done',
      [v('b', '2026-06-01'), v('a', '2026-03-10')],
      '2026-08-01',
      [
        ['2026-04-15', 'done'],
        ['2026-07-14', 'done'],
      ],
    ],
    [
      'a visit outside the window does not count',
      [v('x', '2026-01-01')],
      '2026-07-20',
      [
        ['2026-04-15', 'overdue'],
        ['2026-07-14', 'overdue'],
      ],
    ],
  ])('%s', (_, visits, asOf, expected) => {
    const plan = visitPlan(admonish, visits, policy, asOf);
    expect(plan?.items.map((i) => [i.dueBy, i.status])).toEqual(expected);
  });

  it('a late first visit still fills the first item; reasons name each open item with the rule', () => {
    const plan = visitPlan(admonish, [v('a', '2026-05-01')], policy, '2026-07-20');
    expect(plan?.items.map((i) => i.status)).toEqual(['done', 'overdue']);
    expect(plan && planState(plan)).toBe('overdue');
    expect(plan?.reasons).toEqual([expect.objectContaining({ code: 'VISIT_OVERDUE', text: expect.stringContaining('2026-07-14') })]);
  });

  it('a local policy with a first visit period as long as the bar plans one visit', () => {
    const plan = visitPlan(admonish, [], { ...policy, firstVisitWithinMonths: 6 }, '2026-02-01');
    expect(plan?.items.map((i) => i.dueBy)).toEqual(['2026-07-14']);
  });

  it('no plan for a measure without a bar', () => {
    expect(visitPlan(m('INQUIRY', '2026-01-01'), [], policy, '2026-02-01')).toBeNull();
  });
});

describe('isWindowOpen — DOMAIN.md §9: visits fall between the effective date and the end of the promotion bar', () => {
  it.each([
    ['well before the last day', '2026-05-01', true],
    ['on the last day of the window', '2026-07-14', true],
    ['on the day the bar ends', '2026-07-15', false],
    ['long after', '2027-01-01', false],
  ] as const)('%s', (_, asOf, open) => {
    expect(isWindowOpen({ closesOn: '2026-07-14' }, asOf)).toBe(open);
  });
});

describe('visitRecordIssues — DOMAIN.md §9: at most 2 visits a year, at least two visitors, inside the window', () => {
  const demerit = m('GOV_DEMERIT', '2026-01-10');
  const ok = { visitedOn: '2026-03-01', visitors: ['张三', '李四'], otherVisitDates: [] };
  it.each([
    ['a good record', ok, []],
    ['before the effective date', { ...ok, visitedOn: '2026-01-09' }, ['visitedOn']],
    ['on the bar end day (the bar is over)', { ...ok, visitedOn: '2027-01-10' }, ['visitedOn', 'visitedOn']],
    ['in the future', { ...ok, visitedOn: '2026-03-05' }, ['visitedOn']],
    ['third visit in the year', { ...ok, otherVisitDates: ['2026-01-20', '2026-02-20'] }, ['visitedOn']],
    ['two visits last year do not count this year', { ...ok, otherVisitDates: ['2025-11-20', '2025-12-20'] }, []],
    ['one visitor', { ...ok, visitors: ['张三'] }, ['visitors']],
    ['the same name twice', { ...ok, visitors: ['张三', ' 张三'] }, ['visitors']],
  ])('%s', (_, facts, paths) => {
    expect(visitRecordIssues(demerit, facts, policy, '2026-03-02').map((i) => i.path)).toEqual(paths);
  });

  it('a measure without a window is refused on measureId', () => {
    expect(visitRecordIssues(m('REMINDER', '2026-01-01'), ok, policy, '2026-03-02').map((i) => i.path)).toEqual(['measureId']);
  });
});

describe('recommendationState — DOMAIN.md §9: good results may produce a recommendation for use once the bar ends', () => {
  it.each([
    ['2026-07-14', 'pending'],
    ['2026-07-15', 'effective'],
  ] as const)('on %s', (asOf, state) => {
    expect(recommendationState('2026-07-15', asOf)).toBe(state);
  });
});

describe('recommendationStart — DOMAIN.md §9 (once the bar ends) with §4 (several measures: the longest bar wins)', () => {
  it.each([
    ['the visited measure alone: its bar end', [m('ADMONISH', '2026-01-15')], '2026-07-15'],
    ['诫勉 with a 党内警告 of the same day: the warning’s 12 months', [m('ADMONISH', '2026-01-15'), m('PARTY_WARNING', '2026-01-15')], '2027-01-15'],
    ['a shorter other measure changes nothing', [m('GOV_DEMERIT', '2026-01-05'), m('ADMONISH', '2026-01-15')], '2027-01-05'],
    ['the measure revoked since: from the visit', [m('ADMONISH', '2026-01-15', { revoked: true })], '2026-02-20'],
    ['提醒 bars nothing', [m('ADMONISH', '2026-01-15'), m('REMINDER', '2026-02-01')], '2026-07-15'],
    ['a lifted 停职检查 ending later', [m('ADMONISH', '2026-01-15'), m('ORG_SUSPEND', '2026-01-01', { liftedOn: '2026-09-01' })], '2026-09-01'],
    ['a 停职检查 not lifted: no day yet', [m('ADMONISH', '2026-01-15'), m('ORG_SUSPEND', '2026-01-01')], null],
    ['开除党籍: never', [m('ADMONISH', '2026-01-15'), m('PARTY_EXPEL', '2026-02-01')], null],
  ] as const)('%s', (_, measures, expected) => {
    expect(recommendationStart('2026-02-20', measures)).toBe(expected);
  });
});
