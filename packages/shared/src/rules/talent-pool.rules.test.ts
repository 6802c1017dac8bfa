import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/policy.schema';
import type { MeasureRecord } from './measures';
import { ageOn, type GradeOfYear, type PoolEligibilityInput, type PoolExitInput, poolEligibility, poolExitReasons } from './talent-pool.rules';

const maxAgeByLevel = CN_NATIONAL_POLICY.talentPool.maxAgeByLevel;
const m = (code: MeasureRecord['code'], effectiveOn: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({ code, effectiveOn, ...extra });
const g = (year: number, grade: GradeOfYear['grade']): GradeOfYear => ({ year, grade });

describe('ageOn', () => {
  it.each([
    ['1990-06-01', '2026-05-31', 35],
    ['1990-06-01', '2026-06-01', 36],
    ['1992-02-29', '2026-02-28', 34],
    ['1992-02-29', '2027-02-27', 34],
    ['1992-02-29', '2027-02-28', 35],
  ])('born %s is %s years old on %s', (birthDate, asOf, age) => {
    expect(ageOn(birthDate, asOf)).toBe(age);
  });
});

describe('poolEligibility (DOMAIN.md §2 talent pool; policy talentPool.maxAgeByLevel SECTION 35, DIVISION 40, BUREAU 45)', () => {
  const base: PoolEligibilityInput = { birthDate: '1991-03-01', asOf: '2026-03-02', level: 'SECTION', maxAgeByLevel, recentGrades: [], measures: [] };
  const rows: Array<{ name: string; input: Partial<PoolEligibilityInput>; eligible: boolean; codes: string[] }> = [
    { name: 'a 35-year-old with no grades or measures may enter a 科级 pool', input: {}, eligible: true, codes: [] },
    { name: 'policy age line: aged 35 the day before turning 36 is still within 科级', input: { birthDate: '1990-03-03' }, eligible: true, codes: [] },
    { name: 'policy age line: turning 36 is over the 科级 line', input: { birthDate: '1990-03-02' }, eligible: false, codes: ['OVER_AGE'] },
    {
      name: 'policy age line: the same 36-year-old is within the 处级 line of 40',
      input: { birthDate: '1990-03-02', level: 'DIVISION' },
      eligible: true,
      codes: [],
    },
    { name: 'policy age line: 46 is over the 厅局级 line of 45', input: { birthDate: '1980-01-01', level: 'BUREAU' }, eligible: false, codes: ['OVER_AGE'] },
    {
      name: '公务员考核规定第四章: recent grades COMPETENT or better qualify',
      input: { recentGrades: [g(2023, 'EXCELLENT'), g(2024, 'COMPETENT'), g(2025, 'EXCELLENT')] },
      eligible: true,
      codes: [],
    },
    {
      name: '公务员考核规定第四章: a BASIC grade in the last three years keeps out',
      input: { recentGrades: [g(2023, 'BASIC')] },
      eligible: false,
      codes: ['GRADE'],
    },
    { name: 'an ungraded year (不定等次) is not COMPETENT or better', input: { recentGrades: [g(2025, 'UNGRADED')] }, eligible: false, codes: ['GRADE'] },
    { name: 'a BASIC grade four years back is outside the window of three', input: { recentGrades: [g(2022, 'BASIC')] }, eligible: true, codes: [] },
    { name: "this year's grade is not final yet and is not read", input: { recentGrades: [g(2026, 'INCOMPETENT')] }, eligible: true, codes: [] },
    {
      name: '干部任用条例第二十四条: a running 诫勉 bar (6 months) keeps out, naming the measure',
      input: { measures: [m('ADMONISH', '2025-12-01')] },
      eligible: false,
      codes: ['ADMONISH'],
    },
    { name: '干部任用条例第二十四条: a bar that has ended no longer keeps out', input: { measures: [m('ADMONISH', '2025-08-01')] }, eligible: true, codes: [] },
    {
      name: 'DOMAIN.md §4: 提醒 and 函询 carry no bar',
      input: { measures: [m('REMINDER', '2026-01-01'), m('INQUIRY', '2026-02-01')] },
      eligible: true,
      codes: [],
    },
    { name: 'a revoked measure does not count', input: { measures: [m('GOV_DEMERIT', '2026-01-01', { revoked: true })] }, eligible: true, codes: [] },
    {
      name: 'every factor is named at once',
      input: { birthDate: '1980-01-01', recentGrades: [g(2024, 'INCOMPETENT')], measures: [m('PARTY_WARNING', '2025-06-01')] },
      eligible: false,
      codes: ['OVER_AGE', 'GRADE', 'PARTY_WARNING'],
    },
  ];
  it.each(rows)('$name', ({ input, eligible, codes }) => {
    const result = poolEligibility({ ...base, ...input });
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    for (const r of result.reasons) expect(r.rule.length).toBeGreaterThan(0);
  });

  it('gives the last day within the age line', () => {
    expect(poolEligibility(base).ageLimitUntil).toBe('2027-02-28');
    expect(poolEligibility({ ...base, level: 'DIVISION' }).ageLimitUntil).toBe('2032-02-29');
  });

  it('the over-age reason names the age and the line', () => {
    const [r] = poolEligibility({ ...base, birthDate: '1990-01-01' }).reasons;
    expect(r?.text).toContain('36 周岁');
    expect(r?.text).toContain('35 周岁');
  });
});

describe('poolExitReasons (DOMAIN.md §2 talent pool: exit by rule OVER_AGE, MEASURE, GRADE)', () => {
  const base: PoolExitInput = {
    birthDate: '1991-03-01',
    asOf: '2026-03-02',
    level: 'SECTION',
    maxAgeByLevel,
    enteredOn: '2025-01-10',
    grades: [],
    measures: [],
  };
  const rows: Array<{ name: string; input: Partial<PoolExitInput>; codes: string[] }> = [
    { name: 'a member within every line stays', input: { grades: [g(2025, 'EXCELLENT')] }, codes: [] },
    { name: 'policy age line: past it, the member leaves', input: { birthDate: '1990-01-01' }, codes: ['OVER_AGE'] },
    { name: 'a measure with a bar since entry takes the member out', input: { measures: [m('GOV_WARNING', '2025-11-01')] }, codes: ['MEASURE'] },
    { name: 'the bar need not still run: the measure since entry is what counts', input: { measures: [m('GOV_WARNING', '2025-02-01')] }, codes: ['MEASURE'] },
    { name: 'a measure from before entry was known at entry and does not count', input: { measures: [m('GOV_WARNING', '2024-06-01')] }, codes: [] },
    {
      name: 'DOMAIN.md §4: 提醒/函询/通报 have no bar and do not take anyone out',
      input: { measures: [m('REMINDER', '2025-06-01'), m('ACC_NOTICE', '2025-07-01')] },
      codes: [],
    },
    { name: 'a revoked measure does not count', input: { measures: [m('ADMONISH', '2025-06-01', { revoked: true })] }, codes: [] },
    { name: 'a measure dated after asOf has not happened yet', input: { measures: [m('ADMONISH', '2026-04-01')] }, codes: [] },
    { name: '公务员考核规定第四章: a BASIC grade since entry takes the member out', input: { grades: [g(2025, 'BASIC')] }, codes: ['GRADE'] },
    { name: 'the grade of the year before entry, decided after entry, counts too', input: { grades: [g(2024, 'INCOMPETENT')] }, codes: ['GRADE'] },
    { name: 'an older low grade does not', input: { grades: [g(2023, 'BASIC')] }, codes: [] },
    { name: 'an ungraded year alone is no exit (its measure is)', input: { grades: [g(2025, 'UNGRADED')] }, codes: [] },
    {
      name: 'every reason is listed',
      input: { birthDate: '1985-01-01', grades: [g(2025, 'BASIC')], measures: [m('ADMONISH', '2025-09-01')] },
      codes: ['OVER_AGE', 'MEASURE', 'GRADE'],
    },
  ];
  it.each(rows)('$name', ({ input, codes }) => {
    expect(poolExitReasons({ ...base, ...input }).map((r) => r.code)).toEqual(codes);
  });
});
