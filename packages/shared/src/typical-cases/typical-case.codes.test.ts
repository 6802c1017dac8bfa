import { describe, expect, it } from 'vitest';
import type { Referral } from '../complaints/false-accusation.rules';
import { falseAccusationOutcome, OUTCOMES_BY_TYPE, TYPICAL_OUTCOMES } from './typical-case.codes';

/* The outcome tag of a typical case drafted from a false accusation (DOMAIN.md §8: a false accuser is referred by status). */

describe('falseAccusationOutcome (DOMAIN.md §8: party member → party discipline, public official → 政务处分, others → police; crime → judicial)', () => {
  it.each<[string, Referral[], string]>([
    ['a suspected crime outweighs every other referral', ['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION', 'JUDICIAL'], 'REFERRED_JUDICIAL'],
    ['a party member who is also an official: party discipline first', ['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION'], 'REFERRED_PARTY_DISCIPLINE'],
    ['an official who is not a party member', ['GOVERNMENT_SANCTION', 'REVOKE_BENEFITS'], 'REFERRED_GOV_SANCTION'],
    ['neither: the police', ['PUBLIC_SECURITY'], 'REFERRED_PUBLIC_SECURITY'],
    ['revoking benefits alone is no outcome: the police stands', ['REVOKE_BENEFITS'], 'REFERRED_PUBLIC_SECURITY'],
  ])('%s', (_, referrals, outcome) => {
    expect(falseAccusationOutcome(referrals)).toBe(outcome);
  });

  it('gives outcomes of the false-accusation kind only, each with its label', () => {
    expect(OUTCOMES_BY_TYPE.FALSE_ACCUSATION).toEqual(['REFERRED_JUDICIAL', 'REFERRED_PARTY_DISCIPLINE', 'REFERRED_GOV_SANCTION', 'REFERRED_PUBLIC_SECURITY']);
    expect(OUTCOMES_BY_TYPE.FALSE_ACCUSATION.map((o) => TYPICAL_OUTCOMES[o])).toEqual(['移送司法机关', '移送党纪处理', '依法政务处分', '移送公安机关']);
  });
});
