import { randomInt } from 'node:crypto';
import { BALLOT_CODE_ALPHABET } from '@dandang/shared/assessment/ballot.schema';

/**
 * A one-time code handed to someone without an account (测评码, 查询码): 12 characters in three groups of four, from
 * the ballot codes' alphabet without look-alikes, so every code the public types reads and is checked the same way
 * (BALLOT_CODE_PATTERN). Drawn with node:crypto, since the code alone opens what it guards.
 */
export function newQueryCode(): string {
  const chars = Array.from({ length: 12 }, () => BALLOT_CODE_ALPHABET[randomInt(BALLOT_CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
