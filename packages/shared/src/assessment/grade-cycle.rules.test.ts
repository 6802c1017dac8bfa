import { describe, expect, it } from 'vitest';
import { poolKindOf } from './grade-cycle.rules';
import { quotaPools } from './grading-pools';

// DOMAIN.md §5: EXCELLENT is counted per unit "or of a pooled group of small units"; units and teams are graded as
// one pool per category.
describe('poolKindOf', () => {
  it('tells a unit alone, pooled small units and a whole category apart by the key grading gave them', () => {
    const pools = quotaPools(
      [
        { id: 'u1', parentId: 'p', participants: 12 },
        { id: 'u2', parentId: 'p', participants: 3 },
        { id: 'u3', parentId: 'p', participants: 2 },
      ],
      { enabled: true, minUnitSize: 5 },
    );
    expect(pools.map((p) => poolKindOf(p.key))).toEqual(['UNIT', 'POOLED']);
    expect(poolKindOf('category:TOWNSHIP')).toBe('CATEGORY');
  });
});
