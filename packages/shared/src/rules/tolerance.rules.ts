import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import type { PolicyDocument } from '../policy/policy.schema';
import { CITE } from './citations';
import { type Reason, reason } from './reason';
import {
  SELF_EXEMPTING_SITUATIONS,
  TOLERANCE_CONDITIONS,
  TOLERANCE_EXCLUSIONS,
  TOLERANCE_MITIGATIONS,
  TOLERANCE_SITUATIONS,
  type ToleranceCondition,
  type ToleranceExclusion,
  type ToleranceMitigation,
  type ToleranceOutcome,
  type ToleranceSituation,
} from './tolerance.codes';

export interface ToleranceInput {
  situations: readonly ToleranceSituation[];
  /** A condition absent here counts as not established. */
  conditions: Partial<Record<ToleranceCondition, boolean>>;
  exclusions: readonly ToleranceExclusion[];
  mitigations: readonly ToleranceMitigation[];
}

export interface ToleranceResult {
  outcome: ToleranceOutcome;
  reasons: Reason[];
}

const localRule = (policy: PolicyDocument) => `容错纠错政策 ${policy.code} 第 ${policy.version} 版`;

/** The default recommendation of DOMAIN.md §6, applied strictly in its order; people make the final decision. */
export function recommendTolerance(input: ToleranceInput, policy: PolicyDocument = CN_NATIONAL_POLICY): ToleranceResult {
  const local = localRule(policy);

  // 1. Any exclusion the policy recognizes is a hard veto, and every one found is named.
  const vetoes = input.exclusions.filter((code) => policy.tolerance.exclusions.includes(code));
  if (vetoes.length > 0) {
    return {
      outcome: 'REJECTED',
      reasons: vetoes.map((code) => reason(code, local, `存在不予容错情形：${TOLERANCE_EXCLUSIONS[code]}`)),
    };
  }

  // 2. Recorded dissent or force majeure exempts by itself.
  const selfExempting = input.situations.filter((code) => SELF_EXEMPTING_SITUATIONS.includes(code));
  if (selfExempting.length > 0) {
    return {
      outcome: 'EXEMPT',
      reasons: selfExempting.map((code) => reason(code, CITE.accountabilityExempt, `${TOLERANCE_SITUATIONS[code]}，不予问责或者免予问责`)),
    };
  }

  // 3. One of the other situations, with every condition the policy requires.
  const situations = input.situations.filter((code) => !SELF_EXEMPTING_SITUATIONS.includes(code));
  const missing = policy.tolerance.requiredConditions.filter((code) => input.conditions[code] !== true);
  if (situations.length > 0 && missing.length === 0) {
    const established = policy.tolerance.requiredConditions.map((code) => TOLERANCE_CONDITIONS[code]).join('、');
    return {
      outcome: 'EXEMPT',
      reasons: situations.map((code) => reason(code, CITE.threeDistinctions, `${TOLERANCE_SITUATIONS[code]}，且${established || '无须其他条件'}，予以免责`)),
    };
  }

  // Why not exempt: said for both remaining outcomes.
  const whyNot: Reason[] =
    situations.length === 0
      ? [reason('NO_QUALIFYING_SITUATION', CITE.threeDistinctions, '未认定属于可以容错的情形，不能免责')]
      : missing.map((code) => reason(code, local, `免责条件未认定：${TOLERANCE_CONDITIONS[code]}`));

  // 4. A mitigation allows a lighter or reduced outcome; the deciding body chooses which.
  if (input.mitigations.length > 0) {
    const mitigations = input.mitigations.map((code) => reason(code, CITE.accountabilityMitigate, `${TOLERANCE_MITIGATIONS[code]}，可以从轻或者减轻问责`));
    return { outcome: 'MITIGATE', reasons: [...mitigations, ...whyNot] };
  }

  // 5. Nothing applies.
  return {
    outcome: 'REJECTED',
    reasons: [...whyNot, reason('NO_MITIGATION', CITE.accountabilityMitigate, '无从轻或者减轻情节')],
  };
}
