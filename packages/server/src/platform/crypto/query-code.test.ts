import { BALLOT_CODE_PATTERN, normalizeBallotCode } from '@dandang/shared/assessment/ballot.schema';
import { describe, expect, it } from 'vitest';
import { newQueryCode } from './query-code';

describe('newQueryCode', () => {
  it('makes codes in the printed format that read back unchanged, and does not repeat itself', () => {
    const codes = Array.from({ length: 200 }, newQueryCode);
    for (const code of codes) {
      expect(code).toMatch(BALLOT_CODE_PATTERN);
      expect(normalizeBallotCode(code.toLowerCase().replaceAll('-', ''))).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});
