import type { AnnualGradeEntry, AnnualGradeRecord, PutAnnualGradeBody } from '@dandang/shared/cadres/annual-grade.schema';
import { checkGradeEntry } from '@dandang/shared/cadres/annual-grade-entry.rules';
import { chinaDateOf, yearOf } from '@dandang/shared/dates/date';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db, Executor } from '../../../platform/db/client';
import { DomainError, notFound, validationError } from '../../../platform/errors';
import { requireUpdated } from '../../../platform/versioning';
import { scopeCondition } from '../../org';
import { cadres } from '../cadres.tables';
import { findScopedCadre, listMeasures } from '../measures.repository';
import { toRecord } from '../measures.service';
import * as repo from './grades.repository';

type GradePermission = 'grade.read' | 'grade.write';

/** A grade is in scope when its cadre is, exactly as for measures. */
export const gradeScope = (ctx: RequestContext, permission: GradePermission) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

async function requireCadre(db: Db, ctx: RequestContext, cadreId: string, permission: GradePermission) {
  const cadre = await findScopedCadre(db, cadreId, gradeScope(ctx, permission));
  if (!cadre) throw notFound();
  return cadre;
}

const toGrade = (row: repo.GradeRow): AnnualGradeRecord => ({ ...row, grade: row.grade as AnnualGradeEntry, updatedAt: row.updatedAt.toISOString() });

export async function listAnnualGrades(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'grade.read');
  return (await repo.listGrades(db, cadreId)).map(toGrade);
}

/**
 * Refuses a grade the year's measures forbid (e.g. 优秀 in the year of a 党内警告), naming the measure and its clause.
 * It reads every counting measure of the cadre whatever the actor may read: the check must see them all.
 */
async function requireConsistent(db: Executor, cadreId: string, year: number, grade: AnnualGradeEntry) {
  const measures = (await listMeasures(db, cadreId)).map(toRecord);
  const check = checkGradeEntry(year, grade, annualGradeEffects({ year, measures }));
  if (check.allowed) return;
  const [verdict, ...why] = check.reasons;
  const message = [verdict?.text, ...why.map((r) => `${r.text}（${r.rule}）`)].join('。');
  const error = validationError([{ path: 'grade', message }]);
  throw new DomainError(error.code, { ...error.details, reasons: check.reasons }, error.message);
}

/**
 * Enters (no `version`) or corrects (`version` as read) one year's grade of a cadre, audited. A year still to come
 * cannot be graded; an entry made by someone else since the client read the list answers 409.
 */
export async function putAnnualGrade(db: Db, ctx: RequestContext, cadreId: string, year: number, body: PutAnnualGradeBody) {
  await requireCadre(db, ctx, cadreId, 'grade.write');
  const thisYear = yearOf(chinaDateOf(ctx.now));
  if (year > thisYear) throw validationError([{ path: 'year', message: `${year} 年度尚未到来，不能登记等次` }]);
  await requireConsistent(db, cadreId, year, body.grade);
  const values = { grade: body.grade, note: body.note, sourceType: 'MANUAL', sourceId: null };
  return db.transaction(async (tx) => {
    const before = await repo.findGrade(tx, cadreId, year);
    if (body.version === undefined) {
      // The client saw no entry for the year: one that exists now was saved by someone else meanwhile.
      if (before) throw new DomainError('VERSION_CONFLICT', { year });
      requireUpdated(await repo.insertGrade(tx, { ...values, cadreId, year }, ctx.now));
    } else {
      if (!before) throw new DomainError('VERSION_CONFLICT', { year });
      requireUpdated(await repo.updateGrade(tx, before.id, body.version, values, ctx.now));
    }
    const after = (await repo.findGrade(tx, cadreId, year)) as repo.GradeRow;
    const changes = diffFields(before, after, ['year', 'grade', 'note', 'sourceType']);
    await recordAudit(tx, ctx, { action: before ? 'grade.update' : 'grade.create', entity: 'annual_grade', entityId: after.id, changes });
    return toGrade(after);
  });
}
