import { describe, expect, it } from 'vitest';
import { quotaPools } from './grading-pools';

// DOMAIN.md §5: EXCELLENT is counted per unit "or of a pooled group of small units".
const units = [
  { id: 'a', parentId: 'p', participants: 12 },
  { id: 'b', parentId: 'p', participants: 3 },
  { id: 'c', parentId: 'p', participants: 2 },
  { id: 'd', parentId: 'q', participants: 4 },
];

describe('quotaPools', () => {
  it('keeps every unit alone when pooling is off', () => {
    expect(quotaPools(units, { enabled: false, minUnitSize: 5 }).map((p) => p.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('pools the small units under the same supervising unit', () => {
    expect(quotaPools(units, { enabled: true, minUnitSize: 5 })).toEqual([
      { key: 'a', unitIds: ['a'], participants: 12 },
      { key: 'pool:p', unitIds: ['b', 'c'], participants: 5 },
      { key: 'pool:q', unitIds: ['d'], participants: 4 },
    ]);
  });
});
