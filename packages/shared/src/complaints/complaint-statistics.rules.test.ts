import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { reckonComplaintStatistics, type StatisticsComplaint } from './complaint-statistics.rules';

/*
 * 检举控告统计 (DOMAIN.md §8: conclusions, clarification after a false report, referral of a false accuser; §3: working
 * days), on the shipped 2026 arrangement: 国庆节 10-01..07 off, the make-up Saturday 10-10 worked.
 */

const A = { unitId: 'a', unitName: '甲局' };
const B = { unitId: 'b', unitName: '乙局' };
const complaint = (overrides: Partial<StatisticsComplaint>): StatisticsComplaint => ({
  channel: 'LETTER',
  receivedOn: '2026-10-09',
  conclusion: null,
  concludedOn: null,
  units: [A],
  clarified: false,
  referrals: null,
  ...overrides,
});

const SET: StatisticsComplaint[] = [
  // Received the day before the make-up Saturday, concluded the Tuesday after: 10-10, 12, 13 → 3 working days.
  complaint({ conclusion: 'FALSE', concludedOn: '2026-10-13', clarified: true }),
  complaint({ channel: 'ONLINE', receivedOn: '2026-09-30', conclusion: 'FALSE_ACCUSATION', concludedOn: '2026-10-09', units: [A, B] }),
  complaint({
    channel: 'ONLINE',
    receivedOn: '2026-11-02',
    conclusion: 'FALSE_ACCUSATION',
    concludedOn: '2026-11-06',
    units: [B],
    clarified: true,
    referrals: ['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION', 'REVOKE_BENEFITS'],
  }),
  complaint({ channel: 'VISIT', receivedOn: '2026-11-03', conclusion: 'MISTAKEN', concludedOn: '2026-11-03', referrals: ['EDUCATION'] }),
  complaint({ channel: 'PHONE', receivedOn: '2026-12-01', conclusion: 'TRUE', concludedOn: '2026-12-04' }),
  complaint({ channel: 'PHONE', receivedOn: '2026-12-02' }),
];

const figures = reckonComplaintStatistics(SHIPPED_CALENDAR, 2026, SET);
const nonZero = (list: Array<{ code: string; count: number }>) => Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.code, c.count]));

describe('reckonComplaintStatistics', () => {
  it('counts by channel, by conclusion (with the unconcluded) and by month received', () => {
    expect(figures.total).toBe(6);
    expect(nonZero(figures.byChannel)).toEqual({ LETTER: 1, ONLINE: 2, VISIT: 1, PHONE: 2 });
    expect(figures.byChannel.map((c) => c.label)).toEqual(['来信', '来访', '来电', '网络举报', '转办']);
    expect(nonZero(figures.byConclusion)).toEqual({ FALSE: 1, FALSE_ACCUSATION: 2, MISTAKEN: 1, TRUE: 1, UNCONCLUDED: 1 });
    expect(figures.byConclusion.at(-1)).toEqual({ code: 'UNCONCLUDED', label: '尚未作出结论', count: 1 });
    expect(figures.byMonth.filter((m) => m.received > 0)).toEqual([
      { month: 9, received: 1 },
      { month: 10, received: 1 },
      { month: 11, received: 2 },
      { month: 12, received: 2 },
    ]);
  });

  it('counts a complaint once in every unit of its accused cadres, most first', () => {
    expect(figures.byUnit).toEqual([
      { unitId: 'a', unitName: '甲局', count: 5 },
      { unitId: 'b', unitName: '乙局', count: 2 },
    ]);
  });

  it.each([
    // §8: a clarification follows a conclusion of FALSE, FALSE_ACCUSATION or MISTAKEN; TRUE and the unconcluded do not count.
    ['four false reports, two of them cleared', SET, { falseReports: 4, clarified: 2, percent: 50 }],
    ['one false report not cleared', [complaint({ conclusion: 'MISTAKEN', concludedOn: '2026-10-09' })], { falseReports: 1, clarified: 0, percent: 0 }],
    ['UNPROVEN never qualifies (§8)', [complaint({ conclusion: 'UNPROVEN', concludedOn: '2026-10-09' })], { falseReports: 0, clarified: 0, percent: null }],
  ])('澄清正名率: %s', (_, set, expected) => {
    expect(reckonComplaintStatistics(SHIPPED_CALENDAR, 2026, set).clarification).toEqual(expected);
  });

  it('counts the false accusations handled by referral (§8: by status; 错告误告 is education, not counted here)', () => {
    expect(figures.falseAccusations.concluded).toBe(2);
    expect(figures.falseAccusations.handled).toBe(1);
    expect(nonZero(figures.falseAccusations.byReferral)).toEqual({ PARTY_DISCIPLINE: 1, GOVERNMENT_SANCTION: 1, REVOKE_BENEFITS: 1 });
    expect(figures.falseAccusations.byReferral.map((r) => r.code)).not.toContain('EDUCATION');
  });

  it('averages the working days from receipt to conclusion over the concluded (§3: the day received not counted)', () => {
    // 10-09→10-13: 3; 09-30→10-09: 2 (10-08, 10-09); 11-02→11-06: 4; 11-03→11-03: 0; 12-01→12-04: 3 → 12 / 5 = 2.4.
    expect([figures.averageWorkdaysToConclusion, figures.provisional]).toEqual([2.4, false]);
  });

  it('answers an empty year with zeros and no averages or shares', () => {
    const empty = reckonComplaintStatistics(SHIPPED_CALENDAR, 2025, []);
    expect([empty.total, empty.byUnit, empty.averageWorkdaysToConclusion, empty.clarification.percent]).toEqual([0, [], null, null]);
    expect(empty.byMonth).toHaveLength(12);
  });

  it('marks the average provisional when a count ran into a year with no published arrangement', () => {
    const late = reckonComplaintStatistics(SHIPPED_CALENDAR, 2099, [complaint({ receivedOn: '2099-03-02', conclusion: 'TRUE', concludedOn: '2099-03-06' })]);
    expect([late.averageWorkdaysToConclusion, late.provisional]).toEqual([4, true]);
  });
});
