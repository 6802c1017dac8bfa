import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.rules';

describe('checkPassword (等保2.0 身份鉴别: 口令复杂度)', () => {
  const rows: Array<[string, string, string[]]> = [
    ['Abcdef123!', 'zhang', []],
    ['abcdefgh12', 'zhang', ['TOO_FEW_CLASSES']],
    ['Abcdefgh12', 'zhang', []],
    ['Abc1!', 'zhang', ['TOO_SHORT']],
    ['abcdefghijk', 'zhang', ['TOO_FEW_CLASSES']],
    ['Zhang-2026-x', 'zhang', ['CONTAINS_USERNAME']],
    ['short', 'short', ['TOO_SHORT', 'TOO_FEW_CLASSES', 'CONTAINS_USERNAME']],
  ];
  for (const [password, username, codes] of rows) {
    it(`${password} for ${username} → ${codes.join(',') || 'ok'}`, () => {
      expect(checkPassword(password, username).map((p) => p.code)).toEqual(codes);
    });
  }
});
