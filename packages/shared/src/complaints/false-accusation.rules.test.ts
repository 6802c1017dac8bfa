import { describe, expect, it } from 'vitest';
import { type AccuserStatus, falseAccuserReferrals } from './false-accusation.rules';

const status = (overrides: Partial<AccuserStatus> = {}): AccuserStatus => ({
  partyMember: false,
  publicOfficial: false,
  suspectedCrime: false,
  gainedBenefits: false,
  ...overrides,
});

// DOMAIN.md §8: "A false accuser is referred by status: party member → party discipline, public official → 政务处分,
// others → public security; suspected crime → judicial organs; benefits gained are revoked."
describe('falseAccuserReferrals (DOMAIN.md §8 诬告陷害)', () => {
  it.each([
    ['a party member goes to party discipline', status({ partyMember: true }), ['PARTY_DISCIPLINE']],
    ['a public official to 政务处分', status({ publicOfficial: true }), ['GOVERNMENT_SANCTION']],
    ['a party member who is a public official to both', status({ partyMember: true, publicOfficial: true }), ['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION']],
    ['anyone else to public security', status(), ['PUBLIC_SECURITY']],
    ['a suspected crime also to the judicial organs', status({ suspectedCrime: true }), ['PUBLIC_SECURITY', 'JUDICIAL']],
    ['benefits gained are revoked', status({ publicOfficial: true, gainedBenefits: true }), ['GOVERNMENT_SANCTION', 'REVOKE_BENEFITS']],
  ])('%s', (_label, s, expected) => {
    expect(falseAccuserReferrals('FALSE_ACCUSATION', s).referrals).toEqual(expected);
  });

  it('a mistaken report (错告误告) carries no liability: education only, whatever the status', () => {
    const result = falseAccuserReferrals('MISTAKEN', status({ partyMember: true, suspectedCrime: true }));
    expect(result.referrals).toEqual(['EDUCATION']);
    expect(result.reasons[0]?.text).toContain('不追究责任');
  });
});
