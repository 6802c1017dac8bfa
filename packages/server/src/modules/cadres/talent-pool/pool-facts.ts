import type { PoolMember } from '@dandang/shared/cadres/talent-pool.schema';
import type { MeasureRecord } from '@dandang/shared/rules/measures';
import type { GradeOfYear, RecordedGrade } from '@dandang/shared/rules/talent-pool.rules';
import type { RequestContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db/client';
import { scopeCondition } from '../../org';
import { effectiveDocument } from '../../policy';
import { cadres } from '../cadres.tables';
import { toRecord } from '../measures.service';
import * as repo from './talent-pool.repository';

export type PoolPermission = 'talent_pool.read' | 'talent_pool.nominate' | 'talent_pool.write';

/** A pool entry is in scope when its cadre is (the cadre's unit, or the actor's own cadre for `self`). */
export const memberScope = (ctx: RequestContext, permission: PoolPermission) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

/** The age lines of the policy in force on `asOf` (talentPool.maxAgeByLevel). */
export async function maxAgeByLevelOn(db: Executor, asOf: string) {
  return (await effectiveDocument(db, asOf)).talentPool.maxAgeByLevel;
}

export interface CadreFacts {
  birthDate: string;
  measures: MeasureRecord[];
  grades: GradeOfYear[];
}

/** Birth date, measures and grades per cadre, in the shape the talent-pool rules read. */
export async function loadFacts(db: Executor, cadreIds: string[]): Promise<Map<string, CadreFacts>> {
  const facts = await repo.loadRuleFacts(db, [...new Set(cadreIds)]);
  const byCadre = new Map<string, CadreFacts>(facts.cadres.map((c) => [c.id, { birthDate: c.birthDate, measures: [], grades: [] }]));
  for (const m of facts.measures) byCadre.get(m.cadreId)?.measures.push(toRecord(m));
  for (const g of facts.grades) byCadre.get(g.cadreId)?.grades.push({ year: g.year, grade: g.grade as RecordedGrade });
  return byCadre;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMember(row: repo.MemberRow): PoolMember {
  return {
    ...row,
    status: row.status as PoolMember['status'],
    exitReason: row.exitReason as PoolMember['exitReason'],
    nominatedAt: row.nominatedAt.toISOString(),
    decidedAt: iso(row.decidedAt),
  };
}
