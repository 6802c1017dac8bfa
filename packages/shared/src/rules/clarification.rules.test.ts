import { describe, expect, it } from 'vitest';
import { type ClarificationInput, mayBeCleared, recommendClarification } from './clarification.rules';

const rows: Array<[string, ClarificationInput, boolean, string[]]> = [
  [
    '检举控告工作规则第五十条: FALSE + impact + consent → recommended',
    { conclusion: 'FALSE', impacts: ['SELECTION_AFFECTED'], consent: true },
    true,
    ['CONCLUSION', 'SELECTION_AFFECTED', 'CONSENT'],
  ],
  [
    '检举控告工作规则第五十条: FALSE_ACCUSATION qualifies',
    { conclusion: 'FALSE_ACCUSATION', impacts: ['RIGHTS_AFFECTED'], consent: true },
    true,
    ['CONCLUSION', 'RIGHTS_AFFECTED', 'CONSENT'],
  ],
  [
    '检举控告工作规则第五十条: MISTAKEN qualifies',
    { conclusion: 'MISTAKEN', impacts: ['REPEATED_REPORTS'], consent: true },
    true,
    ['CONCLUSION', 'REPEATED_REPORTS', 'CONSENT'],
  ],
  [
    '检举控告工作规则第五十条: PARTLY_TRUE qualifies when the true part was granted tolerance',
    { conclusion: 'PARTLY_TRUE', impacts: ['SELECTION_AFFECTED'], consent: true, toleranceGranted: true },
    true,
    ['CONCLUSION', 'SELECTION_AFFECTED', 'CONSENT'],
  ],
  [
    '检举控告工作规则第五十条: PARTLY_TRUE without tolerance does not',
    { conclusion: 'PARTLY_TRUE', impacts: ['SELECTION_AFFECTED'], consent: true },
    false,
    ['CONCLUSION'],
  ],
  [
    '检举控告工作规则第五十条: UNPROVEN never qualifies',
    { conclusion: 'UNPROVEN', impacts: ['SELECTION_AFFECTED'], consent: true, toleranceGranted: true },
    false,
    ['CONCLUSION'],
  ],
  ['检举控告工作规则第五十条: TRUE never qualifies', { conclusion: 'TRUE', impacts: ['RIGHTS_AFFECTED'], consent: true }, false, ['CONCLUSION']],
  ['检举控告工作规则第五十条: no impact → not recommended', { conclusion: 'FALSE', impacts: [], consent: true }, false, ['NO_IMPACT']],
  ['检举控告工作规则第五十条: no consent → not recommended', { conclusion: 'FALSE', impacts: ['RIGHTS_AFFECTED'], consent: false }, false, ['NO_CONSENT']],
  [
    '检举控告工作规则第五十条: every missing requirement is named',
    { conclusion: 'UNPROVEN', impacts: [], consent: false },
    false,
    ['CONCLUSION', 'NO_IMPACT', 'NO_CONSENT'],
  ],
];

describe('recommendClarification', () => {
  it.each(rows)('%s', (_name, input, recommended, codes) => {
    const result = recommendClarification(input);
    expect(result.recommended).toBe(recommended);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    for (const r of result.reasons) expect(r.rule).toBe('纪检监察机关处理检举控告工作规则第五十条');
  });

  it('检举控告工作规则第五十条: UNPROVEN explains that the problem cannot be excluded', () => {
    const result = recommendClarification({ conclusion: 'UNPROVEN', impacts: ['RIGHTS_AFFECTED'], consent: true });
    expect(result.reasons[0]?.text).toContain('不能排除');
  });
});

describe('mayBeCleared — which conclusions open 澄清正名 (DOMAIN.md §8, 第五十条)', () => {
  it.each([
    ['FALSE', true],
    ['FALSE_ACCUSATION', true],
    ['MISTAKEN', true],
    ['PARTLY_TRUE', true],
    ['TRUE', false],
    ['UNPROVEN', false],
    [null, false],
    [undefined, false],
  ] as const)('%s → %s', (conclusion, expected) => {
    expect(mayBeCleared(conclusion)).toBe(expected);
  });
});
