import { describe, expect, it } from 'vitest';
import { type EarlierComplaint, findRepeatedReports } from './repeated-reports.rules';

const earlier = (
  caseId: string,
  cadreIds: string[],
  conclusion: EarlierComplaint['conclusion'],
  concludedOn: string | null = '2026-03-01',
): EarlierComplaint => ({
  caseId,
  number: `检〔2026〕${caseId}号`,
  cadreIds,
  conclusion,
  concludedOn,
});

// 检举控告工作规则 第五十条 / DOMAIN.md §8: "reports on the same matter keep coming after a conclusion".
describe('findRepeatedReports (检举控告工作规则第五十条 反复举报)', () => {
  it.each([
    ['an earlier concluded complaint about the same cadre is a repeated report', [earlier('1', ['a'], 'FALSE')], ['1']],
    ['any of several accused matching counts', [earlier('1', ['x', 'b'], 'UNPROVEN')], ['1']],
    ['a complaint about someone else is not', [earlier('1', ['c'], 'FALSE')], []],
    ['a complaint still being verified has no conclusion yet and is not', [earlier('1', ['a'], null, null)], []],
    ['the complaint itself is never its own repeat', [earlier('self', ['a'], 'FALSE')], []],
  ])('%s', (_label, list, expected) => {
    expect(findRepeatedReports({ caseId: 'self', cadreIds: ['a', 'b'] }, list).repeated.map((r) => r.caseId)).toEqual(expected);
  });

  it('names the earlier numbers and conclusions, oldest first, with the clause', () => {
    const result = findRepeatedReports({ caseId: null, cadreIds: ['a'] }, [
      earlier('2', ['a'], 'TRUE', '2026-05-01'),
      earlier('1', ['a', 'z'], 'FALSE', '2026-02-01'),
    ]);
    expect(result.repeated.map((r) => [r.number, r.conclusionLabel, r.cadreIds])).toEqual([
      ['检〔2026〕1号', '失实', ['a']],
      ['检〔2026〕2号', '属实', ['a']],
    ]);
    expect(result.reasons[0]).toEqual({
      code: 'REPEATED_REPORTS',
      rule: '纪检监察机关处理检举控告工作规则第五十条',
      text: '重复举报：检〔2026〕1号已于2026-02-01办结，结论为失实',
    });
  });
});
