import { describe, expect, it } from 'vitest';
import { answerIssues, type CastBallot, isSuspicious, tallySubject } from './ballot.rules';
import { normalizeBallotCode } from './ballot.schema';

// 民主测评计票规则 (ADR 0014): group means over valid ballots, weighted by the scheme's rater groups; a group under the
// minimum is left out and the rest are re-weighted; identical answers are flagged, not discarded.
const ballot = (group: CastBallot['group'], level: CastBallot['answers'][string], subject = 's1'): CastBallot => ({ group, answers: { [subject]: level } });
const groups = [
  { group: 'SUPERIOR' as const, weight: 40 },
  { group: 'PEER' as const, weight: 60 },
];

describe('tallySubject', () => {
  it('takes each group’s mean and weights them', () => {
    const ballots = [ballot('SUPERIOR', 'GOOD'), ballot('SUPERIOR', 'FAIR'), ballot('PEER', 'FAIRLY_GOOD'), ballot('PEER', 'FAIRLY_GOOD')];
    const t = tallySubject('s1', groups, ballots, 2);
    expect(t.groups).toEqual([
      { group: 'SUPERIOR', ballots: 2, mean: 85 },
      { group: 'PEER', ballots: 2, mean: 85 },
    ]);
    expect(t.score).toBe(85);
    expect(t.reasons.at(-1)?.code).toBe('WEIGHTED');
  });

  it('leaves out a group under the minimum and re-weights the others', () => {
    const ballots = [ballot('SUPERIOR', 'GOOD'), ballot('PEER', 'POOR'), ballot('PEER', 'FAIR')];
    const t = tallySubject('s1', groups, ballots, 2);
    expect(t.groups[0]).toEqual({ group: 'SUPERIOR', ballots: 1, mean: null });
    expect(t.score).toBe(60);
    expect(t.reasons.map((r) => r.code)).toEqual(['GROUP_TOO_FEW', 'GROUP_MEAN', 'REWEIGHTED']);
  });

  it('gives no result when no group has enough ballots', () => {
    expect(tallySubject('s1', groups, [ballot('PEER', 'GOOD')], 2)).toMatchObject({ score: null });
  });

  it('counts only the ballots that rate this subject', () => {
    const ballots = [ballot('PEER', 'GOOD', 's2'), ballot('PEER', 'POOR'), ballot('SUPERIOR', 'GOOD')];
    expect(tallySubject('s1', groups, ballots, 1).score).toBe(round(100 * 0.4 + 50 * 0.6));
  });
});

const round = (n: number) => Math.round(n * 100) / 100;

describe('isSuspicious and answerIssues', () => {
  it('flags the same answer for every one of several subjects', () => {
    expect(isSuspicious({ a: 'GOOD', b: 'GOOD', c: 'GOOD' })).toBe(true);
    expect(isSuspicious({ a: 'GOOD', b: 'FAIR' })).toBe(false);
    expect(isSuspicious({ a: 'GOOD' })).toBe(false);
  });
  it('names the subjects missing and the ones not on the ballot', () => {
    expect(answerIssues(['a', 'b'], { a: 'GOOD', z: 'GOOD' })).toEqual({ missing: ['b'], unknown: ['z'] });
  });
});

describe('normalizeBallotCode', () => {
  it('forgives case, spaces and missing dashes', () => {
    expect(normalizeBallotCode(' abcd efgh-jkmn ')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeBallotCode('abc')).toBe('ABC');
  });
});
