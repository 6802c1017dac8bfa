import { describe, expect, it } from 'vitest';
import { type GradeHistoryEntry, gradeConsequences } from './grade-consequences.rules';
import type { AnnualGrade } from './reason';

const history = (start: number, ...grades: Array<AnnualGrade | null>): GradeHistoryEntry[] => grades.map((grade, i) => ({ year: start + i, grade }));

const rows: Array<[string, GradeHistoryEntry[], string[], string[]]> = [
  ['公务员考核规定第四章: EXCELLENT → 嘉奖 that year', history(2025, 'EXCELLENT'), ['COMMENDATION'], []],
  ['公务员考核规定第四章: COMPETENT → nothing', history(2024, 'EXCELLENT', 'COMPETENT'), [], []],
  ['公务员考核规定第四章: 3 consecutive EXCELLENT → 记三等功', history(2023, 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'), ['COMMENDATION', 'MERIT_THIRD_CLASS'], []],
  ['公务员考核规定第四章: 2 consecutive EXCELLENT are not yet 记三等功', history(2024, 'EXCELLENT', 'EXCELLENT'), ['COMMENDATION'], []],
  ['公务员考核规定第四章: a COMPETENT year breaks the run', history(2022, 'EXCELLENT', 'EXCELLENT', 'COMPETENT', 'EXCELLENT'), ['COMMENDATION'], []],
  ['公务员考核规定第四章: an ungraded year breaks the run', history(2023, 'EXCELLENT', null, 'EXCELLENT'), ['COMMENDATION'], []],
  [
    '公务员考核规定第四章: a missing calendar year breaks the run',
    [
      { year: 2021, grade: 'EXCELLENT' },
      { year: 2022, grade: 'EXCELLENT' },
      { year: 2024, grade: 'EXCELLENT' },
    ],
    ['COMMENDATION'],
    [],
  ],
  [
    '公务员考核规定第四章: the years of one 记三等功 are not used again (4th year: 嘉奖 only)',
    history(2022, 'EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'),
    ['COMMENDATION'],
    [],
  ],
  [
    '公务员考核规定第四章: 6 consecutive EXCELLENT → a second 记三等功',
    history(2021, 'EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'),
    ['COMMENDATION', 'MERIT_THIRD_CLASS'],
    [],
  ],
  ['公务员考核规定第四章: BASIC → 诫勉', history(2025, 'BASIC'), [], ['ADMONISH']],
  ['公务员考核规定第四章: INCOMPETENT → demoted one level', history(2024, 'COMPETENT', 'INCOMPETENT'), [], ['DEMOTION']],
  ['公务员法第八十八条: 2 consecutive INCOMPETENT → 辞退 review', history(2024, 'INCOMPETENT', 'INCOMPETENT'), [], ['DEMOTION', 'DISMISSAL_REVIEW']],
  [
    '公务员法第八十八条: INCOMPETENT with a gap year is not consecutive',
    [
      { year: 2023, grade: 'INCOMPETENT' },
      { year: 2025, grade: 'INCOMPETENT' },
    ],
    [],
    ['DEMOTION'],
  ],
  ['公务员考核规定第四章: an ungraded latest year has no consequence', history(2024, 'INCOMPETENT', null), [], []],
  ['公务员考核规定第四章: an empty history has no consequence', [], [], []],
];

describe('gradeConsequences', () => {
  it.each(rows)('%s', (_name, entries, awards, flags) => {
    const result = gradeConsequences({ history: entries });
    expect(result.awards).toEqual(awards);
    expect(result.flags).toEqual(flags);
    expect(result.reasons.filter((r) => r.code !== 'MERIT_PROGRESS').map((r) => r.code)).toEqual([...awards, ...flags]);
  });

  it('公务员考核规定第四章: the latest year is found whatever the order of the history', () => {
    const result = gradeConsequences({
      history: [
        { year: 2025, grade: 'EXCELLENT' },
        { year: 2023, grade: 'EXCELLENT' },
        { year: 2024, grade: 'EXCELLENT' },
      ],
    });
    expect(result.year).toBe(2025);
    expect(result.awards).toEqual(['COMMENDATION', 'MERIT_THIRD_CLASS']);
  });

  it('公务员考核规定第四章: COMPETENT or better count toward pay steps; BASIC and ungraded do not', () => {
    const result = gradeConsequences({ history: history(2020, 'COMPETENT', 'BASIC', null, 'EXCELLENT', 'INCOMPETENT', 'COMPETENT') });
    expect(result.qualifyingYears).toBe(3);
  });

  it('公务员考核规定第四章: the 4th EXCELLENT year says how far the next 记三等功 is', () => {
    const result = gradeConsequences({ history: history(2022, 'EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT') });
    expect(result.reasons.map((r) => r.code)).toEqual(['COMMENDATION', 'MERIT_PROGRESS']);
    expect(result.reasons[1]?.text).toContain('再连续 2 年');
  });
});
