import type { IsoDate } from '../dates/date';
import type { PolicyDocument } from '../policy/policy.schema';
import { anniversary, completedYears } from './years.rules';

/**
 * 轮岗交流 (党政领导干部交流工作规定; DOMAIN.md §2 cadre posts): a cadre who has held the same post for the policy's
 * `rotation.years` (default 10), or `rotation.keyPostYears` (default 5) for a key post (关键岗位), is due for rotation.
 * The period is complete on its anniversary: exactly ten years on the day counts.
 */
export interface RotationFacts {
  startedOn: IsoDate;
  isKey: boolean;
}

export interface RotationResult {
  due: boolean;
  /** Whole years in the post on asOf. */
  yearsInPost: number;
  /** The policy's period for this post. */
  thresholdYears: number;
  /** The day the period is (or was) complete. */
  dueOn: IsoDate;
}

export type RotationPolicy = PolicyDocument['rotation'];

export const rotationYears = (policy: RotationPolicy, isKey: boolean) => (isKey ? policy.keyPostYears : policy.years);

export function rotationDue(post: RotationFacts, asOf: IsoDate, policy: RotationPolicy): RotationResult {
  const thresholdYears = rotationYears(policy, post.isKey);
  const yearsInPost = completedYears(post.startedOn, asOf);
  return { due: yearsInPost >= thresholdYears, yearsInPost, thresholdYears, dueOn: anniversary(post.startedOn, thresholdYears) };
}
