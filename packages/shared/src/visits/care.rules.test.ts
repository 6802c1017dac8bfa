import { describe, expect, it } from 'vitest';
import { careWindowStart } from './care.rules';

describe('care window — DOMAIN.md §9 (cadres hit by setbacks), ADR 0020: the last 12 months', () => {
  it.each([
    ['a year back', '2026-03-02', '2025-03-02'],
    ['from a leap day: the end of February', '2028-02-29', '2027-02-28'],
    ['from the last of a long month', '2026-03-31', '2025-03-31'],
  ] as const)('%s', (_, asOf, start) => {
    expect(careWindowStart(asOf)).toBe(start);
  });
});
