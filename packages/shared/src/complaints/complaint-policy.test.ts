import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import { parsePolicyDocument } from '../policy/policy.schema';

describe('the complaints section of a policy document', () => {
  it('is optional: a document stored before complaints existed parses with the defaults (5 and 60 working days)', () => {
    const { complaints: _dropped, ...older } = CN_NATIONAL_POLICY;
    const parsed = parsePolicyDocument(older);
    expect(parsed.ok && parsed.value.complaints).toEqual({ acceptanceWorkdays: 5, verificationWorkdays: 60 });
  });

  it('keeps a jurisdiction’s own limits', () => {
    const parsed = parsePolicyDocument({ ...CN_NATIONAL_POLICY, complaints: { acceptanceWorkdays: 3, verificationWorkdays: 45 } });
    expect(parsed.ok && parsed.value.complaints).toEqual({ acceptanceWorkdays: 3, verificationWorkdays: 45 });
  });
});
