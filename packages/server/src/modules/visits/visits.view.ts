import type { MeasureRecord } from '@dandang/shared/rules/measures';
import type { Interviewee, VisitRecord, VisitResult } from '@dandang/shared/visits/visit.schema';
import type { PlanMeasureRow, VisitRow } from './visits.repository';

export function presentVisit(row: VisitRow): VisitRecord {
  return {
    ...row,
    interviewed: row.interviewed as Interviewee[],
    result: row.result as VisitResult,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the visit rules read of a measure; a revoked one is passed on so the rules alone decide it plans nothing. */
export function asMeasureRecord(m: Pick<PlanMeasureRow, 'code' | 'effectiveOn' | 'months' | 'liftedOn' | 'revokedAt'>): MeasureRecord {
  return {
    code: m.code as MeasureRecord['code'],
    effectiveOn: m.effectiveOn,
    ...(m.months === null ? {} : { months: m.months }),
    ...(m.liftedOn === null ? {} : { liftedOn: m.liftedOn }),
    revoked: m.revokedAt !== null,
  };
}
