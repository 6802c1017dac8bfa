import { describe, expect, it } from 'vitest';
import { againstLastYear, rankByScore, scoreHistogram } from './analysis.rules';

// Issue 5 "Views": score histograms, rankings per category and the trend against last year.
describe('scoreHistogram', () => {
  it('counts scores in bins from the lowest to the highest, keeping empty bins', () => {
    expect(scoreHistogram([71, 74.5, 83, 84.99, 85])).toEqual([
      { from: 70, to: 75, n: 2 },
      { from: 75, to: 80, n: 0 },
      { from: 80, to: 85, n: 2 },
      { from: 85, to: 90, n: 1 },
    ]);
  });
  it('puts a full 100 in the last bin', () => {
    expect(scoreHistogram([96, 100])).toEqual([{ from: 95, to: 100, n: 2 }]);
  });
  it('has one bin for one score and none for none', () => {
    expect(scoreHistogram([88])).toEqual([{ from: 85, to: 90, n: 1 }]);
    expect(scoreHistogram([])).toEqual([]);
  });
});

describe('rankByScore', () => {
  it('gives equal scores one rank and skips the next, leaving the unscored unranked', () => {
    const rows = [
      { id: 'a', final: 90 },
      { id: 'b', final: 95 },
      { id: 'c', final: 90 },
      { id: 'd', final: null },
      { id: 'e', final: 80 },
    ];
    expect(rankByScore(rows).map((r) => `${r.id}${r.rank ?? '-'}`)).toEqual(['b1', 'a2', 'c2', 'e4', 'd-']);
  });
});

describe('againstLastYear', () => {
  it('moves a unit up when its rank number falls', () => {
    const now = [
      { key: 'x', rank: 1, final: 92 },
      { key: 'y', rank: 2, final: 90 },
      { key: 'z', rank: 3, final: 85 },
    ];
    const before = [
      { key: 'x', rank: 3, final: 80 },
      { key: 'y', rank: 1, final: 91 },
    ];
    expect(againstLastYear(now, before).map((r) => [r.key, r.previousRank, r.rankChange])).toEqual([
      ['x', 3, 2],
      ['y', 1, -1],
      ['z', null, null],
    ]);
  });
});
