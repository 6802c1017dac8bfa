import { groupBy } from '../platform/group-by';
import type { PolicyDocument } from '../policy/policy.schema';
import { poolUnits } from '../rules/quota.rules';

/*
 * Quota pools of a cycle's cadres (DOMAIN.md §5: a unit, or a pooled group of small units). With pooling on, units
 * under the policy's size are pooled with the other small units under the same supervising unit (their parent); with
 * it off, every unit is its own pool.
 */

export interface PoolUnit {
  id: string;
  parentId: string | null;
  /** Participants that count toward the quota's base (quotaBase). */
  participants: number;
}

export interface QuotaPool {
  key: string;
  unitIds: string[];
  participants: number;
}

/** The key of small units pooled under one supervising unit; a unit alone is keyed by its id. */
export const POOLED_KEY_PREFIX = 'pool:';

export function quotaPools(units: readonly PoolUnit[], pooling: PolicyDocument['quota']['pooling']): QuotaPool[] {
  if (!pooling.enabled) return units.map((u) => ({ key: u.id, unitIds: [u.id], participants: u.participants }));
  const byParent = groupBy(units, (u) => u.parentId ?? '');
  const pools: QuotaPool[] = [];
  for (const [parent, siblings] of byParent) {
    for (const group of poolUnits(siblings, pooling.minUnitSize)) {
      const alone = group.unitIds.length === 1 && (siblings.find((s) => s.id === group.unitIds[0])?.participants ?? 0) >= pooling.minUnitSize;
      pools.push({
        key: alone ? (group.unitIds[0] as string) : `${POOLED_KEY_PREFIX}${parent || 'root'}`,
        unitIds: group.unitIds,
        participants: group.participants,
      });
    }
  }
  return pools;
}
