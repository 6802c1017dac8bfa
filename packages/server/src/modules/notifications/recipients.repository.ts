import type { PermissionCode } from '@dandang/shared/org/permissions';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseParticipants, cases } from '../cases/cases.tables';
import { unitsUnder } from '../org';
import { roleGrants, units, userRoles, users } from '../org/org.tables';

/* Who is told: queries that turn a case, a cadre or a unit into the accounts to notify. Disabled accounts never are. */

const active = eq(users.disabled, false);

/** The participants of a case with their roles. */
export function participantsOf(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({ caseId: caseParticipants.caseId, userId: caseParticipants.userId, role: caseParticipants.role })
    .from(caseParticipants)
    .innerJoin(users, eq(users.id, caseParticipants.userId))
    .where(and(inArray(caseParticipants.caseId, [...caseIds]), active));
}

/** The accounts of these cadres (a cadre signs in as themself to see their own impact periods and cases). */
export function accountsOfCadres(db: Executor, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return db
    .select({ cadreId: sql<string>`${users.cadreId}`, userId: users.id })
    .from(users)
    .where(and(inArray(users.cadreId, [...cadreIds]), active));
}

/** The subject cadre's accounts of a case. */
export async function subjectAccountsOf(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: users.id })
    .from(cases)
    .innerJoin(users, eq(users.cadreId, cases.subjectCadreId))
    .where(and(eq(cases.id, caseId), active));
  return rows.map((r) => r.userId);
}

/** The active accounts granted `permission` at a scope that `reaches` (a condition on the grant and the user). */
async function holdersWhere(db: Executor, permission: PermissionCode, reaches: SQL): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roleGrants, and(eq(roleGrants.roleCode, userRoles.roleCode), eq(roleGrants.permission, permission)))
    .where(and(active, reaches));
  return rows.map((r) => r.userId);
}

/**
 * The accounts whose grant of `permission` reaches records of `unitId`: scope `all`, or `unit` in that very unit, or
 * `unit_subtree` when the unit is under their own (the reach scopeCondition gives them when they read, asked the other
 * way round: not "which units may this actor see" but "which actors see this unit", so it cannot reuse it as is).
 */
export function holdersOver(db: Executor, permission: PermissionCode, unitId: string): Promise<string[]> {
  return holdersWhere(
    db,
    permission,
    sql`(${roleGrants.scope} = 'all'
    or (${roleGrants.scope} = 'unit' and ${users.unitId} = ${unitId})
    or (${roleGrants.scope} = 'unit_subtree' and ${unitId} in (${unitsUnder(sql`${users.unitId}`)})))`,
  );
}

/**
 * The accounts whose grant of `permission` reaches a jurisdiction's own business (an honor campaign): scope `all`, or
 * any narrower scope held from a unit of that jurisdiction, the reach the honors module gives them over its campaigns.
 */
export function holdersIn(db: Executor, permission: PermissionCode, jurisdictionId: string): Promise<string[]> {
  return holdersWhere(
    db,
    permission,
    sql`(${roleGrants.scope} = 'all' or ${users.unitId} in (select ${units.id} from ${units} where ${units.jurisdictionId} = ${jurisdictionId}))`,
  );
}

/** Every active account, or those in the given units and their sub-units: an announcement's recipients. */
export function accountsIn(db: Executor, unitIds: readonly string[] | null) {
  const inUnits =
    unitIds === null
      ? undefined
      : sql`${users.unitId} in (${unitsUnder(
          sql.join(
            unitIds.map((id) => sql`${id}`),
            sql`, `,
          ),
        )})`;
  return db.select({ userId: users.id }).from(users).where(and(active, inUnits));
}
