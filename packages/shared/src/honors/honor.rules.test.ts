import { describe, expect, it } from 'vitest';
import type { MeasureRecord } from '../rules/measures';
import { isNoticeOpen, type NoticeWindow, noticeRefusals, publicationRefusals, quotaRefusal, screenHonorNominee } from './honor.rules';

const competent2025 = { year: 2025, grade: 'COMPETENT' };
const codes = (input: Parameters<typeof screenHonorNominee>[0]) => screenHonorNominee(input).reasons.map((r) => r.code);

describe('screenHonorNominee (DOMAIN.md §10: no running promotion bar, last grade not below COMPETENT)', () => {
  it.each<[string, MeasureRecord[], { year: number; grade: string } | null, string[]]>([
    ['clean record, COMPETENT', [], competent2025, []],
    ['clean record, EXCELLENT', [], { year: 2025, grade: 'EXCELLENT' }, []],
    ['§4 诫勉 bars 6 months: still running on 2026-03-02', [{ code: 'ADMONISH', effectiveOn: '2025-10-01' }], competent2025, ['ADMONISH']],
    ['§4 诫勉 bar over (2025-08-01 + 6 months = 2026-02-01)', [{ code: 'ADMONISH', effectiveOn: '2025-08-01' }], competent2025, []],
    ['§4 提醒 has no bar', [{ code: 'REMINDER', effectiveOn: '2026-02-01' }], competent2025, []],
    ['§4 a revoked measure never bars', [{ code: 'GOV_DEMERIT', effectiveOn: '2026-01-05', revoked: true }], competent2025, []],
    ['§4 停职检查 not lifted bars', [{ code: 'ORG_SUSPEND', effectiveOn: '2026-01-05' }], competent2025, ['ORG_SUSPEND']],
    ['§4 开除党籍 bars for ever', [{ code: 'PARTY_EXPEL', effectiveOn: '2010-01-05' }], competent2025, ['PARTY_EXPEL']],
    ['§10 BASIC last year', [], { year: 2025, grade: 'BASIC' }, ['LAST_GRADE_BELOW_COMPETENT']],
    ['§10 INCOMPETENT last year', [], { year: 2025, grade: 'INCOMPETENT' }, ['LAST_GRADE_BELOW_COMPETENT']],
    ['§10 ungraded last year (不定等次)', [], { year: 2025, grade: 'UNGRADED' }, ['LAST_GRADE_BELOW_COMPETENT']],
    ['§10 no grade on record', [], null, ['NO_ANNUAL_GRADE']],
    [
      'a bar and a low grade: both named',
      [{ code: 'GOV_WARNING', effectiveOn: '2026-01-10' }],
      { year: 2025, grade: 'BASIC' },
      ['GOV_WARNING', 'LAST_GRADE_BELOW_COMPETENT'],
    ],
  ])('%s', (_, measures, lastGrade, expected) => {
    expect(codes({ asOf: '2026-03-02', measures, lastGrade })).toEqual(expected);
    expect(screenHonorNominee({ asOf: '2026-03-02', measures, lastGrade }).eligible).toBe(expected.length === 0);
  });

  it('names the measure, its date and the end of the bar in the refusal', () => {
    const [refusal] = screenHonorNominee({ asOf: '2026-03-02', measures: [{ code: 'ADMONISH', effectiveOn: '2025-10-01' }], lastGrade: competent2025 }).reasons;
    expect(refusal?.text).toContain('诫勉（2025-10-01 生效）');
    expect(refusal?.text).toContain('2026-04-01 前');
    expect(refusal?.rule).not.toBe('');
  });

  it('names the year and the grade of a low last grade', () => {
    const [refusal] = screenHonorNominee({ asOf: '2026-03-02', measures: [], lastGrade: { year: 2025, grade: 'BASIC' } }).reasons;
    expect(refusal?.text).toBe('2025年度考核为基本称职等次，低于称职，不得评先评优');
  });
});

describe('quotaRefusal (DOMAIN.md §10: a quota per unit)', () => {
  it.each<[number | null, number, string | null]>([
    [null, 0, 'NO_QUOTA'],
    [2, 0, null],
    [2, 1, null],
    [2, 2, 'QUOTA_USED'],
    [1, 3, 'QUOTA_USED'],
  ])('quota %s with %s held → %s', (quota, holding, expected) => {
    expect(quotaRefusal(quota, holding)?.code ?? null).toBe(expected);
  });
});

describe('noticeRefusals (DOMAIN.md §10: review, then public notice)', () => {
  it.each<[number, number, string[]]>([
    [0, 1, []],
    [1, 1, ['NOT_REVIEWED']],
    [2, 0, ['NOT_REVIEWED']],
    [0, 0, ['NOBODY_SHORTLISTED']],
  ])('%s undecided and %s shortlisted → %j', (undecided, shortlisted, expected) => {
    expect(noticeRefusals({ undecided, shortlisted }).map((r) => r.code)).toEqual(expected);
  });

  it('counts the undecided in the refusal', () => {
    expect(noticeRefusals({ undecided: 2, shortlisted: 1 })[0]?.text).toBe('还有 2 名推荐人选未审核，请先审核');
  });
});

describe('isNoticeOpen (DOMAIN.md §3 noticePeriodEnd: first and last day both in the period)', () => {
  const notice = { state: 'NOTICE' as const, noticeStartsOn: '2026-03-02', noticeEndsOn: '2026-03-06' };
  it.each<[string, boolean]>([
    ['2026-03-01', false],
    ['2026-03-02', true],
    ['2026-03-06', true],
    ['2026-03-07', false],
  ])('on %s → %s', (today, open) => expect(isNoticeOpen(notice, today)).toBe(open));

  it('is closed before the notice and after publication', () => {
    expect(isNoticeOpen({ state: 'REVIEWING', noticeStartsOn: null, noticeEndsOn: null }, '2026-03-02')).toBe(false);
    expect(isNoticeOpen({ ...notice, state: 'PUBLISHED' }, '2026-03-03')).toBe(false);
  });
});

describe('publicationRefusals (DOMAIN.md §10: publication after the full notice, every objection resolved)', () => {
  const notice = { state: 'NOTICE' as const, noticeStartsOn: '2026-03-02', noticeEndsOn: '2026-03-06' };
  const refusals = (today: string, openObjections: number, shortlisted: number, campaign: NoticeWindow = notice) =>
    publicationRefusals(campaign, { today, openObjections, shortlisted }).map((r) => r.code);

  it.each<[string, number, number, string[]]>([
    ['2026-03-09', 0, 2, []],
    ['2026-03-06', 0, 2, ['NOTICE_RUNNING']],
    ['2026-03-09', 1, 2, ['OBJECTIONS_OPEN']],
    ['2026-03-09', 0, 0, ['NOBODY_SHORTLISTED']],
    ['2026-03-05', 2, 0, ['NOTICE_RUNNING', 'OBJECTIONS_OPEN', 'NOBODY_SHORTLISTED']],
  ])('on %s with %s open objections and %s shortlisted → %j', (today, open, shortlisted, expected) => {
    expect(refusals(today, open, shortlisted)).toEqual(expected);
  });

  it('refuses a campaign that was never noticed', () => {
    expect(refusals('2026-03-09', 0, 1, { state: 'REVIEWING', noticeStartsOn: null, noticeEndsOn: null })).toEqual(['NOT_NOTICED']);
  });
});
