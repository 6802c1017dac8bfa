import { describe, expect, it } from 'vitest';
import type { MeasureRecord } from './measures';
import { type PromotionInput, screenPromotion } from './promotion.rules';

interface Row {
  name: string;
  input: PromotionInput;
  eligible: boolean;
  eligibleFrom: string | null;
  codes: string[];
  permanent?: boolean;
  untilLifted?: boolean;
}

const m = (code: MeasureRecord['code'], effectiveOn: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({
  code,
  effectiveOn,
  ...extra,
});

const rows: Row[] = [
  {
    name: '政务处分法第八条: GOV_WARNING bars 6 months (reference example)',
    input: { asOf: '2026-03-01', measures: [m('GOV_WARNING', '2025-10-31')] },
    eligible: false,
    eligibleFrom: '2026-04-30',
    codes: ['GOV_WARNING'],
  },
  {
    name: '政务处分法第八条: the bar is over on eligibleFrom itself',
    input: { asOf: '2026-04-30', measures: [m('GOV_WARNING', '2025-10-31')] },
    eligible: true,
    eligibleFrom: '2026-04-30',
    codes: [],
  },
  {
    name: '政务处分法第八条: GOV_DEMERIT bars 12 months',
    input: { asOf: '2026-02-28', measures: [m('GOV_DEMERIT', '2025-03-01')] },
    eligible: false,
    eligibleFrom: '2026-03-01',
    codes: ['GOV_DEMERIT'],
  },
  {
    name: '政务处分法第八条: GOV_MAJOR_DEMERIT bars 18 months',
    input: { asOf: '2026-03-01', measures: [m('GOV_MAJOR_DEMERIT', '2025-01-10')] },
    eligible: false,
    eligibleFrom: '2026-07-10',
    codes: ['GOV_MAJOR_DEMERIT'],
  },
  {
    name: '政务处分法第八条: GOV_REMOVE bars 24 months',
    input: { asOf: '2026-03-01', measures: [m('GOV_REMOVE', '2024-03-02')] },
    eligible: false,
    eligibleFrom: '2026-03-02',
    codes: ['GOV_REMOVE'],
  },
  {
    name: 'DOMAIN.md §4 month-end clamping: ADMONISH 2025-08-31 + 6 months = 2026-02-28 (能上能下规定)',
    input: { asOf: '2026-02-27', measures: [m('ADMONISH', '2025-08-31')] },
    eligible: false,
    eligibleFrom: '2026-02-28',
    codes: ['ADMONISH'],
  },
  {
    name: '纪律处分条例第十至十二条, leap day: PARTY_WARNING 2024-02-29 + 12 months = 2025-02-28',
    input: { asOf: '2025-02-27', measures: [m('PARTY_WARNING', '2024-02-29')] },
    eligible: false,
    eligibleFrom: '2025-02-28',
    codes: ['PARTY_WARNING'],
  },
  {
    name: '干部任用条例第二十四条: overlapping measures, the longest bar wins and every running one is named',
    input: { asOf: '2026-03-01', measures: [m('GOV_WARNING', '2025-10-31'), m('PARTY_WARNING', '2025-06-15')] },
    eligible: false,
    eligibleFrom: '2026-06-15',
    codes: ['GOV_WARNING', 'PARTY_WARNING'],
  },
  {
    name: '干部任用条例第二十四条: a later, shorter bar can end last',
    input: { asOf: '2026-02-01', measures: [m('GOV_DEMERIT', '2025-03-01'), m('ADMONISH', '2026-01-31')] },
    eligible: false,
    eligibleFrom: '2026-07-31',
    codes: ['GOV_DEMERIT', 'ADMONISH'],
  },
  {
    name: '干部任用条例第二十四条: only the bars still running on asOf are reasons',
    input: { asOf: '2026-05-01', measures: [m('GOV_WARNING', '2025-10-31'), m('PARTY_WARNING', '2025-06-15')] },
    eligible: false,
    eligibleFrom: '2026-06-15',
    codes: ['PARTY_WARNING'],
  },
  {
    name: 'DOMAIN.md §4: REMINDER, INQUIRY and ACC_NOTICE bar for 0 months',
    input: {
      asOf: '2026-03-01',
      measures: [m('REMINDER', '2026-02-01'), m('INQUIRY', '2026-02-01'), m('ACC_NOTICE', '2026-02-01')],
    },
    eligible: true,
    eligibleFrom: null,
    codes: [],
  },
  {
    name: '问责条例第二十一条: a revoked measure never bars',
    input: { asOf: '2026-03-01', measures: [m('GOV_DEMOTE', '2026-01-01', { revoked: true })] },
    eligible: true,
    eligibleFrom: null,
    codes: [],
  },
  {
    name: '纪律处分条例第十至十二条: PARTY_PROBATION of 12 months bars 12 + 24 months',
    input: { asOf: '2026-03-01', measures: [m('PARTY_PROBATION', '2025-01-15', { months: 12 })] },
    eligible: false,
    eligibleFrom: '2028-01-15',
    codes: ['PARTY_PROBATION'],
  },
  {
    name: '纪律处分条例第十至十二条: PARTY_PROBATION of 24 months bars 24 + 24 months',
    input: { asOf: '2026-03-01', measures: [m('PARTY_PROBATION', '2025-01-15', { months: 24 })] },
    eligible: false,
    eligibleFrom: '2029-01-15',
    codes: ['PARTY_PROBATION'],
  },
  {
    name: '纪律处分条例第十至十二条: PARTY_EXPEL is permanent',
    input: { asOf: '2040-01-01', measures: [m('PARTY_EXPEL', '2020-05-01'), m('GOV_WARNING', '2020-05-01')] },
    eligible: false,
    eligibleFrom: null,
    codes: ['PARTY_EXPEL'],
    permanent: true,
  },
  {
    name: '政务处分法第八条: GOV_EXPEL is permanent',
    input: { asOf: '2026-03-01', measures: [m('GOV_EXPEL', '2025-05-01')] },
    eligible: false,
    eligibleFrom: null,
    codes: ['GOV_EXPEL'],
    permanent: true,
  },
  {
    name: '能上能下规定: ORG_SUSPEND not lifted blocks with no end date',
    input: { asOf: '2026-03-01', measures: [m('ORG_SUSPEND', '2026-01-10'), m('GOV_WARNING', '2025-10-31')] },
    eligible: false,
    eligibleFrom: null,
    codes: ['ORG_SUSPEND', 'GOV_WARNING'],
    untilLifted: true,
  },
  {
    name: '能上能下规定: ORG_SUSPEND lifted before asOf no longer bars',
    input: { asOf: '2026-03-01', measures: [m('ORG_SUSPEND', '2026-01-10', { liftedOn: '2026-02-10' })] },
    eligible: true,
    eligibleFrom: '2026-02-10',
    codes: [],
  },
  {
    name: '能上能下规定: ORG_SUSPEND lifted after asOf bars until liftedOn',
    input: { asOf: '2026-03-01', measures: [m('ORG_SUSPEND', '2026-01-10', { liftedOn: '2026-03-20' })] },
    eligible: false,
    eligibleFrom: '2026-03-20',
    codes: ['ORG_SUSPEND'],
  },
  {
    name: '干部任用条例第二十四条: under investigation blocks without a bar',
    input: { asOf: '2026-03-01', measures: [], underInvestigation: true },
    eligible: false,
    eligibleFrom: null,
    codes: ['UNDER_INVESTIGATION'],
  },
  {
    name: '干部任用条例第二十四条: last year BASIC blocks',
    input: { asOf: '2026-03-01', measures: [], lastYearGrade: 'BASIC' },
    eligible: false,
    eligibleFrom: null,
    codes: ['LAST_YEAR_GRADE'],
  },
  {
    name: '干部任用条例第二十四条: last year INCOMPETENT blocks, listed after a running bar',
    input: { asOf: '2026-03-01', measures: [m('GOV_WARNING', '2025-10-31')], lastYearGrade: 'INCOMPETENT' },
    eligible: false,
    eligibleFrom: '2026-04-30',
    codes: ['GOV_WARNING', 'LAST_YEAR_GRADE'],
  },
  {
    name: '干部任用条例第二十四条: last year COMPETENT does not block',
    input: { asOf: '2026-03-01', measures: [], lastYearGrade: 'COMPETENT' },
    eligible: true,
    eligibleFrom: null,
    codes: [],
  },
  {
    name: 'DOMAIN.md §4: a measure taking effect after asOf does not bar on asOf',
    input: { asOf: '2026-03-01', measures: [m('GOV_DEMERIT', '2026-03-02')] },
    eligible: true,
    eligibleFrom: null,
    codes: [],
  },
];

describe('screenPromotion', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = screenPromotion(row.input);
    expect(result.eligible).toBe(row.eligible);
    expect(result.eligibleFrom).toBe(row.eligibleFrom);
    expect(result.permanent).toBe(row.permanent ?? false);
    expect(result.untilLifted).toBe(row.untilLifted ?? false);
    expect(result.reasons.map((r) => r.code)).toEqual(row.codes);
  });

  it('政务处分法第八条: the reference example cites the clause and explains in Chinese', () => {
    const { reasons } = screenPromotion({ asOf: '2026-03-01', measures: [m('GOV_WARNING', '2025-10-31')] });
    expect(reasons).toEqual([
      {
        code: 'GOV_WARNING',
        rule: '公职人员政务处分法第八条',
        text: '政务警告（2025-10-31 生效）影响期 6 个月，2026-04-30 前不得提拔或者进一步使用',
      },
    ]);
  });

  it('干部任用条例第五十六条: ORG_DISMISS also bars leadership posts for 12 months, said while it runs', () => {
    const early = screenPromotion({ asOf: '2026-03-01', measures: [m('ORG_DISMISS', '2025-06-30')] });
    expect(early.eligibleFrom).toBe('2027-06-30');
    expect(early.reasons[0]?.text).toContain('2026-06-30 前不得安排领导职务');
    const late = screenPromotion({ asOf: '2026-07-01', measures: [m('ORG_DISMISS', '2025-06-30')] });
    expect(late.reasons[0]?.text).not.toContain('领导职务');
  });

  it('纪律处分条例: an unknown probation length is screened as the longer one', () => {
    const result = screenPromotion({ asOf: '2026-03-01', measures: [m('PARTY_PROBATION', '2025-01-15')] });
    expect(result.eligibleFrom).toBe('2029-01-15');
  });
});
