import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_POLICY, parsePolicyDocument } from './policy.schema';

describe('policyDocumentSchema', () => {
  it('DOMAIN.md: the default policy CN-national is a valid document', () => {
    expect(parsePolicyDocument(CN_NATIONAL_POLICY)).toEqual({ ok: true, value: CN_NATIONAL_POLICY });
  });

  it('DOMAIN.md §3, §5, §6: the defaults are those DOMAIN.md gives', () => {
    expect(CN_NATIONAL_POLICY.notice.defaultWorkdays).toBe(5);
    expect(CN_NATIONAL_POLICY.quota).toMatchObject({ excellentPercent: 20, rounding: 'floor', maxRaisedPercent: 25 });
    expect(CN_NATIONAL_POLICY.tolerance.requiredConditions).toHaveLength(5);
    expect(CN_NATIONAL_POLICY.tolerance.exclusions).toHaveLength(9);
    expect(CN_NATIONAL_POLICY.tolerance.limits).toEqual({
      acceptanceWorkdays: 5,
      investigationWorkdays: 30,
      extensionWorkdays: 15,
      maxExtensions: 1,
    });
  });

  it('names every bad field with its path', () => {
    const bad = {
      ...CN_NATIONAL_POLICY,
      version: 0,
      effectiveFrom: '2025-02-30',
      quota: { ...CN_NATIONAL_POLICY.quota, excellentPercent: 30, rounding: 'up', unitResultPercents: { EXCELLENT: 40, GOOD: 15, PASS: 10, POOR: 5 } },
      tolerance: { ...CN_NATIONAL_POLICY.tolerance, exclusions: ['PERSONAL_GAIN', 'BRIBERY'] },
      visits: { ...CN_NATIONAL_POLICY.visits, minCoveragePercent: 130 },
      extra: true,
    };
    const parsed = parsePolicyDocument(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(
      ['effectiveFrom', 'extra', 'quota.rounding', 'tolerance.exclusions.1', 'version', 'visits.minCoveragePercent'].sort(),
    );
  });

  it('checks a ratio against the approved ceiling once the shape is right', () => {
    const bad = {
      ...CN_NATIONAL_POLICY,
      quota: { ...CN_NATIONAL_POLICY.quota, excellentPercent: 30, unitResultPercents: { EXCELLENT: 40, GOOD: 15, PASS: 10, POOR: 5 } },
    };
    const parsed = parsePolicyDocument(bad);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: 'quota.excellentPercent', message: '不能高于经批准可提高的上限（25%）' },
      { path: 'quota.unitResultPercents.EXCELLENT', message: '不能高于经批准可提高的上限（25%）' },
    ]);
  });
});
