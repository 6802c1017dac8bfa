import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import type { PolicyDocument } from '../policy/policy.schema';
import type { ToleranceCondition } from './tolerance.codes';
import { recommendTolerance, type ToleranceInput } from './tolerance.rules';

const ALL_CONDITIONS: Record<ToleranceCondition, boolean> = {
  COMPLIANT: true,
  PUBLIC_INTEREST: true,
  DUE_PROCESS: true,
  NO_PERSONAL_GAIN: true,
  REMEDIED: true,
};

const input = (overrides: Partial<ToleranceInput>): ToleranceInput => ({
  situations: [],
  conditions: {},
  exclusions: [],
  mitigations: [],
  ...overrides,
});

const rows: Array<[string, ToleranceInput, string, string[], string?]> = [
  [
    '2018 意见 三个区分开来: any exclusion rejects, even with dissent recorded and every condition',
    input({ situations: ['DISSENT_RECORDED', 'REFORM_TRIAL'], conditions: ALL_CONDITIONS, exclusions: ['PERSONAL_GAIN'], mitigations: ['COOPERATED'] }),
    'REJECTED',
    ['PERSONAL_GAIN'],
  ],
  [
    '2018 意见 三个区分开来: every exclusion found is listed',
    input({ situations: ['REFORM_TRIAL'], exclusions: ['POLITICAL_DISCIPLINE', 'REFUSED_CORRECTION', 'MAJOR_ACCIDENT'] }),
    'REJECTED',
    ['POLITICAL_DISCIPLINE', 'REFUSED_CORRECTION', 'MAJOR_ACCIDENT'],
  ],
  [
    '问责条例第十七条: DISSENT_RECORDED exempts without the conditions',
    input({ situations: ['DISSENT_RECORDED'] }),
    'EXEMPT',
    ['DISSENT_RECORDED'],
    '中国共产党问责条例（2019）第十七条',
  ],
  [
    '问责条例第十七条: FORCE_MAJEURE exempts without the conditions',
    input({ situations: ['FORCE_MAJEURE', 'POLICY_CHANGE'] }),
    'EXEMPT',
    ['FORCE_MAJEURE'],
    '中国共产党问责条例（2019）第十七条',
  ],
  [
    '2018 意见 三个区分开来: a qualifying situation with all five conditions exempts',
    input({ situations: ['REFORM_TRIAL', 'EXPLORATORY_NO_LIMIT'], conditions: ALL_CONDITIONS }),
    'EXEMPT',
    ['REFORM_TRIAL', 'EXPLORATORY_NO_LIMIT'],
    '关于进一步激励广大干部新时代新担当新作为的意见（2018）“三个区分开来”',
  ],
  [
    '2018 意见 三个区分开来: one condition short → mitigation decides (问责条例第十八条)',
    input({ situations: ['UNINTENTIONAL_FOR_DEVELOPMENT'], conditions: { ...ALL_CONDITIONS, REMEDIED: false }, mitigations: ['REMEDIED_PROMPTLY'] }),
    'MITIGATE',
    ['REMEDIED_PROMPTLY', 'REMEDIED'],
    '中国共产党问责条例（2019）第十八条',
  ],
  [
    '问责条例第十八条: a mitigation without any situation → MITIGATE, saying there is no qualifying situation',
    input({ mitigations: ['COOPERATED', 'REMEDIED_PROMPTLY'] }),
    'MITIGATE',
    ['COOPERATED', 'REMEDIED_PROMPTLY', 'NO_QUALIFYING_SITUATION'],
  ],
  [
    'DOMAIN.md §6 step 5: a condition not given counts as not established, and each missing one is named',
    input({ situations: ['PRINCIPLED_CONFLICT'], conditions: { COMPLIANT: true, PUBLIC_INTEREST: true } }),
    'REJECTED',
    ['DUE_PROCESS', 'NO_PERSONAL_GAIN', 'REMEDIED', 'NO_MITIGATION'],
  ],
  ['DOMAIN.md §6 step 5: nothing at all → REJECTED', input({}), 'REJECTED', ['NO_QUALIFYING_SITUATION', 'NO_MITIGATION']],
];

describe('recommendTolerance (CN-national)', () => {
  it.each(rows)('%s', (_name, facts, outcome, codes, rule) => {
    const result = recommendTolerance(facts, CN_NATIONAL_POLICY);
    expect(result.outcome).toBe(outcome);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    if (rule) expect(result.reasons[0]?.rule).toBe(rule);
  });
});

describe('recommendTolerance under a local policy', () => {
  const local: PolicyDocument = {
    ...CN_NATIONAL_POLICY,
    code: 'XX-county',
    tolerance: {
      ...CN_NATIONAL_POLICY.tolerance,
      requiredConditions: ['COMPLIANT', 'NO_PERSONAL_GAIN'],
      exclusions: CN_NATIONAL_POLICY.tolerance.exclusions.filter((c) => c !== 'REPEATED_SAME_ERROR'),
    },
  };

  it('local 容错办法: only the required conditions of the policy must hold', () => {
    const facts = input({ situations: ['POLICY_CHANGE'], conditions: { COMPLIANT: true, NO_PERSONAL_GAIN: true } });
    expect(recommendTolerance(facts, local).outcome).toBe('EXEMPT');
    expect(recommendTolerance(facts, CN_NATIONAL_POLICY).outcome).toBe('REJECTED');
  });

  it('local 容错办法: an exclusion the policy does not list is no veto', () => {
    const facts = input({ situations: ['DISSENT_RECORDED'], exclusions: ['REPEATED_SAME_ERROR'] });
    expect(recommendTolerance(facts, local).outcome).toBe('EXEMPT');
    expect(recommendTolerance(facts, CN_NATIONAL_POLICY).outcome).toBe('REJECTED');
  });

  it('local 容错办法: a veto names the policy version it applied', () => {
    const result = recommendTolerance(input({ exclusions: ['PERSONAL_GAIN'] }), local);
    expect(result.reasons[0]?.rule).toBe('容错纠错政策 XX-county 第 1 版');
  });
});
