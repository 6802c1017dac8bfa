import { type Reason, reason } from '../rules/reason';

/*
 * 诬告陷害的处理 (DOMAIN.md §8; issue 7 item 3): a complaint concluded FALSE_ACCUSATION (fabricated with intent) sends
 * the false accuser to the body that deals with them, by status: a party member to party discipline, a public
 * official to 政务处分, anyone else to public security; a suspected crime to the judicial organs as well; benefits
 * gained by the accusation are revoked. 错告误告 (MISTAKEN, no intent) carries no liability: education only.
 */

// The article number is not given in DOMAIN.md, so the regulation is cited by name until it is checked.
const RULE = '纪检监察机关处理检举控告工作规则（诬告陷害的处理）';

export const REFERRALS = {
  PARTY_DISCIPLINE: '移送党的纪律检查机关依规依纪处理',
  GOVERNMENT_SANCTION: '依法给予政务处分',
  PUBLIC_SECURITY: '移送公安机关依法处理',
  JUDICIAL: '涉嫌犯罪的，移送司法机关依法处理',
  REVOKE_BENEFITS: '撤销因诬告陷害获得的利益',
  EDUCATION: '批评教育，不予追责',
} as const;
export type Referral = keyof typeof REFERRALS;

export interface AccuserStatus {
  partyMember: boolean;
  publicOfficial: boolean;
  suspectedCrime: boolean;
  /** The accuser gained something by the accusation (a post, an award, a contract). */
  gainedBenefits: boolean;
}

export interface ReferralResult {
  referrals: Referral[];
  reasons: Reason[];
}

/** Where a false accuser is sent, with a reason for each; for MISTAKEN, education only. */
export function falseAccuserReferrals(conclusion: 'FALSE_ACCUSATION' | 'MISTAKEN', status: AccuserStatus): ReferralResult {
  if (conclusion === 'MISTAKEN')
    return { referrals: ['EDUCATION'], reasons: [reason('MISTAKEN', RULE, '属错告误告，不存在主观故意，不追究责任，予以批评教育')] };
  const referrals: Referral[] = [];
  const reasons: Reason[] = [];
  const add = (code: Referral, text: string) => {
    referrals.push(code);
    reasons.push(reason(code, RULE, text));
  };
  if (status.partyMember) add('PARTY_DISCIPLINE', '诬告陷害者是党员，依规依纪给予党纪处分');
  if (status.publicOfficial) add('GOVERNMENT_SANCTION', '诬告陷害者是公职人员，依法给予政务处分');
  if (!status.partyMember && !status.publicOfficial) add('PUBLIC_SECURITY', '诬告陷害者既非党员也非公职人员，移送公安机关');
  if (status.suspectedCrime) add('JUDICIAL', '涉嫌诬告陷害罪，移送司法机关');
  if (status.gainedBenefits) add('REVOKE_BENEFITS', '诬告陷害者因此获得的利益予以撤销');
  return { referrals, reasons };
}
