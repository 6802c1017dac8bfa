import { describe, expect, it } from 'vitest';
import { annualGradeEffects } from '../rules/annual-grade.rules';
import type { MeasureRecord } from '../rules/measures';
import type { AnnualGradeEntry } from './annual-grade.schema';
import { checkGradeEntry } from './annual-grade-entry.rules';

const m = (code: MeasureRecord['code'], effectiveOn: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({ code, effectiveOn, ...extra });

/** [clause, year, measures, entered grade, allowed] */
const rows: Array<[string, number, MeasureRecord[], AnnualGradeEntry, boolean]> = [
  ['公务员考核规定: nothing recorded → EXCELLENT allowed', 2026, [], 'EXCELLENT', true],
  ['公务员考核规定: nothing recorded → 不定等次 allowed (long leave is not in the registry)', 2026, [], 'UNGRADED', true],
  ['纪律处分条例第十条 / 1998 意见: PARTY_WARNING in Y → EXCELLENT refused', 2026, [m('PARTY_WARNING', '2026-05-10')], 'EXCELLENT', false],
  ['纪律处分条例第十条 / 1998 意见: PARTY_WARNING in Y → COMPETENT allowed', 2026, [m('PARTY_WARNING', '2026-05-10')], 'COMPETENT', true],
  ['PARTY_WARNING affects Y only: EXCELLENT in Y+1 allowed', 2027, [m('PARTY_WARNING', '2026-05-10')], 'EXCELLENT', true],
  ['a revoked measure no longer counts', 2026, [m('PARTY_WARNING', '2026-05-10', { revoked: true })], 'EXCELLENT', true],
  ['能上能下规定: ADMONISH in Y → EXCELLENT refused', 2025, [m('ADMONISH', '2025-03-01')], 'EXCELLENT', false],
  ['公务员考核规定第二十八条: GOV_DEMERIT in Y → only 不定等次', 2026, [m('GOV_DEMERIT', '2026-01-05')], 'COMPETENT', false],
  ['公务员考核规定第二十八条: GOV_DEMERIT in Y → 不定等次 allowed', 2026, [m('GOV_DEMERIT', '2026-01-05')], 'UNGRADED', true],
  ['1998 意见: PARTY_REMOVE_POST in Y → only INCOMPETENT', 2026, [m('PARTY_REMOVE_POST', '2026-03-01')], 'BASIC', false],
  ['1998 意见: PARTY_REMOVE_POST in Y → INCOMPETENT allowed', 2026, [m('PARTY_REMOVE_POST', '2026-03-01')], 'INCOMPETENT', true],
  ['combination: INCOMPETENT outranks ungraded, so 不定等次 is refused', 2026, [m('PARTY_REMOVE_POST', '2026-03-01')], 'UNGRADED', false],
  ['combination: 不参加考核 is the heaviest and always allowed', 2026, [m('PARTY_REMOVE_POST', '2026-03-01')], 'NOT_ASSESSED', true],
  ['政务处分法第八条: GOV_EXPEL → not assessed from Y on; 不定等次 refused', 2027, [m('GOV_EXPEL', '2025-06-01')], 'UNGRADED', false],
  ['政务处分法第八条: GOV_EXPEL → COMPETENT refused', 2027, [m('GOV_EXPEL', '2025-06-01')], 'COMPETENT', false],
];

describe('checkGradeEntry (DOMAIN.md §4 annual-grade effects and their combination)', () => {
  it.each(rows)('%s', (_clause, year, measures, grade, allowed) => {
    const check = checkGradeEntry(year, grade, annualGradeEffects({ year, measures }));
    expect(check.allowed).toBe(allowed);
    if (allowed) expect(check.reasons).toEqual([]);
    else {
      // The answer names the year, the refused grade, and the measure that decided it with its clause.
      expect(check.reasons[0]?.text).toContain(String(year));
      expect(check.reasons[1]?.code).toBe(measures[0]?.code);
      expect(check.reasons[1]?.rule).not.toBe('');
      expect(check.reasons[0]?.rule).toBe(check.reasons[1]?.rule);
    }
  });
});
