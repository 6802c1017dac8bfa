import { describe, expect, it } from 'vitest';
import { casePagePath } from './case-pages';

describe('casePagePath — a case links to its type’s page', () => {
  it.each([
    ['TOLERANCE', '/tolerance/cases/c1'],
    ['ACCOUNTABILITY', '/accountability/cases/c1'],
    ['ADJUSTMENT', '/accountability/adjustments/c1'],
    ['COMPLAINT', '/complaints/c1'],
  ] as const)('%s', (type, expected) => {
    expect(casePagePath(type, 'c1')).toBe(expected);
  });
});
