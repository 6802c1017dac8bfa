import { groupBy } from '../platform/group-by';
import type { PolicyDocument, UnitResult } from '../policy/policy.schema';
import { UNIT_RESULTS } from '../policy/policy.schema';
import { gradeQuota } from '../rules/quota.rules';
import type { Reason } from '../rules/reason';
import type { GradeScale } from './grade-scale';
import { type GradeConstraint, type GradeStatus, type GradingCandidate, PLACE_REASON_CODES, proposeGrades, quotaBase } from './grading.rules';
import { POOLED_KEY_PREFIX, quotaPools } from './grading-pools';
import { subjectOf } from './population.rules';
import type { SchemeCategory } from './scheme.schema';

/*
 * Grading a whole cycle (issue 5 "Grading"): units and leadership teams are graded first, one pool per category;
 * then each cadre category, in quota pools of units (pooled when small), each pool's quota from the policy and, when
 * the policy links them, from the unit's own result in this cycle (DOMAIN.md §5).
 */

export interface CycleMember {
  participantId: string;
  category: SchemeCategory;
  unitId: string;
  parentId: string | null;
  name: string;
  score: number | null;
  constraint?: GradeConstraint;
}

export interface GradedMember {
  participantId: string;
  poolKey: string;
  status: GradeStatus;
  grade: string | null;
  rank: number | null;
  /**
   * The person's own reasons (measures, a tie at the quota's edge). The pool's reckoning is in its GradedPool, and the
   * rank and quota place are rebuilt from rank and grade (placeReasons), so neither is kept once per person.
   */
  reasons: Reason[];
}

export interface GradedPool {
  key: string;
  participants: number;
  quota: number;
  reasons: Reason[];
}

export interface GradedCycle {
  members: GradedMember[];
  pools: GradedPool[];
}

const UNIT_CATEGORIES: readonly SchemeCategory[] = ['TOWNSHIP', 'COUNTY_DEPARTMENT', 'ENTERPRISE_INSTITUTION'];

/** A category of units or leadership teams is graded as one pool; a cadre category in pools of units. */
const CATEGORY_KEY_PREFIX = 'category:';
const categoryPoolKey = (category: SchemeCategory) => `${CATEGORY_KEY_PREFIX}${category}`;

/**
 * What a pool's key says it is: a whole category of units or teams graded together, small units pooled under their
 * supervising unit (`quotaPools`), or one unit alone.
 */
export type PoolKind = 'CATEGORY' | 'POOLED' | 'UNIT';
export function poolKindOf(key: string): PoolKind {
  if (key.startsWith(CATEGORY_KEY_PREFIX)) return 'CATEGORY';
  return key.startsWith(POOLED_KEY_PREFIX) ? 'POOLED' : 'UNIT';
}

function gradePool(key: string, scale: GradeScale, members: readonly CycleMember[], policy: PolicyDocument, into: GradedCycle, unitResult?: UnitResult) {
  const candidates: GradingCandidate[] = members.map((m) => ({ id: m.participantId, name: m.name, score: m.score, constraint: m.constraint }));
  const participants = quotaBase(candidates);
  const quota = gradeQuota({ participants, ...(unitResult ? { unitResult } : {}) }, policy);
  const max = quota.maxExcellent ?? 0;
  into.pools.push({ key, participants, quota: max, reasons: quota.reasons });
  const graded = proposeGrades(scale, candidates, max).map((p) => ({
    participantId: p.id,
    poolKey: key,
    status: p.status,
    grade: p.grade,
    rank: p.rank,
    reasons: p.reasons.filter((r) => !PLACE_REASON_CODES.includes(r.code)),
  }));
  for (const g of graded) into.members.push(g);
  return graded;
}

export function gradeCycle(members: readonly CycleMember[], scales: ReadonlyMap<string, GradeScale>, policy: PolicyDocument): GradedCycle {
  const byCategory = groupBy(members, (m) => m.category);
  const graded: GradedCycle = { members: [], pools: [] };
  const unitResults = new Map<string, UnitResult>();
  const categories = [...byCategory.keys()].sort((a, b) => Number(subjectOf(a) === 'CADRE') - Number(subjectOf(b) === 'CADRE'));
  for (const category of categories) {
    const scale = scales.get(category);
    const inCategory = byCategory.get(category) ?? [];
    if (!scale) continue;
    if (subjectOf(category) !== 'CADRE') {
      const results = gradePool(categoryPoolKey(category), scale, inCategory, policy, graded);
      if (UNIT_CATEGORIES.includes(category)) {
        for (const r of results) {
          const unitId = inCategory.find((m) => m.participantId === r.participantId)?.unitId;
          if (unitId && r.grade && r.grade in UNIT_RESULTS) unitResults.set(unitId, r.grade as UnitResult);
        }
      }
      continue;
    }
    const byUnit = groupBy(inCategory, (m) => m.unitId);
    const poolUnits = [...byUnit].map(([id, list]) => ({
      id,
      parentId: list[0]?.parentId ?? null,
      participants: quotaBase(list.map((m) => ({ id: m.participantId, name: m.name, score: m.score, constraint: m.constraint }))),
    }));
    for (const pool of quotaPools(poolUnits, policy.quota.pooling)) {
      const list = pool.unitIds.flatMap((id) => byUnit.get(id) ?? []);
      const linked = policy.quota.linkToUnitResult && pool.unitIds.length === 1 ? unitResults.get(pool.unitIds[0] as string) : undefined;
      gradePool(pool.key, scale, list, policy, graded, linked);
    }
  }
  return graded;
}
