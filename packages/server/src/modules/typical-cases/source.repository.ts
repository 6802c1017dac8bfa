import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { accountabilityAppeals, accountabilityCases, accountabilityMatters, accountabilityProposals } from '../accountability/accountability.tables';
import { cadres } from '../cadres/cadres.tables';
import { caseEvents, cases } from '../cases/cases.tables';
import { jurisdictions, units } from '../org/org.tables';
import { toleranceCases, toleranceCorrections } from '../tolerance/tolerance.tables';

/*
 * What a typical case is drafted from, read from the source modules' tables. The caller has already found the case
 * readable through the engine (readableCase); these reads take no scope of their own.
 */

/** A case as the engine's readers have it (CaseRow), without a scope: for checking a source again at publishing. */
export async function sourceCaseRow(db: Executor, caseId: string) {
  const [row] = await db
    .select({ case: cases, unitName: units.name, subjectName: cadres.name })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
    .where(eq(cases.id, caseId))
    .limit(1);
  return row ?? null;
}

/** The unit's name, the names of the units above it below the root (the county itself names nobody), and its jurisdiction. */
export async function unitContext(db: Executor, unitId: string) {
  const [unit] = await db
    .select({ name: units.name, path: units.path, jurisdiction: jurisdictions.name })
    .from(units)
    .innerJoin(jurisdictions, eq(jurisdictions.id, units.jurisdictionId))
    .where(eq(units.id, unitId))
    .limit(1);
  if (!unit) return null;
  const ancestorIds = unit.path.split('/').filter(Boolean).slice(1, -1);
  const ancestors = ancestorIds.length > 0 ? await db.select({ name: units.name }).from(units).where(inArray(units.id, ancestorIds)) : [];
  return { name: unit.name, jurisdiction: unit.jurisdiction, ancestorNames: ancestors.map((a) => a.name) };
}

export async function unitNames(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (
    await db
      .select({ name: units.name })
      .from(units)
      .where(inArray(units.id, [...ids]))
  ).map((u) => u.name);
}

/** The names of the cadres of a unit, who may be named in a case's free text (同事张强参与论证). */
export async function colleaguesOf(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db.select({ name: cadres.name }).from(cadres).where(eq(cadres.unitId, unitId)).orderBy(asc(cadres.name)).limit(MAX_COLLEAGUES);
  return rows.map((r) => r.name);
}

/** A unit larger than this is a county's whole staff, not colleagues; the reviewer reads for the rest. */
const MAX_COLLEAGUES = 2000;

export async function cadreNames(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (
    await db
      .select({ name: cadres.name })
      .from(cadres)
      .where(inArray(cadres.id, [...ids]))
  ).map((c) => c.name);
}

export async function toleranceFacts(db: Executor, caseId: string) {
  const [row] = await db.select().from(toleranceCases).where(eq(toleranceCases.caseId, caseId)).limit(1);
  return row ?? null;
}

/** 调查核实情况 as the investigation reported it to the collective decision (the latest report). */
export async function reportedFindings(db: Executor, caseId: string): Promise<string> {
  const [event] = await db
    .select({ fields: caseEvents.fields })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.action, 'report')))
    .orderBy(desc(caseEvents.seq))
    .limit(1);
  const findings = event?.fields.findings;
  return typeof findings === 'string' ? findings : '';
}

export function correctionsOf(db: Executor, caseId: string) {
  return db
    .select({ description: toleranceCorrections.description, owner: toleranceCorrections.owner })
    .from(toleranceCorrections)
    .where(eq(toleranceCorrections.caseId, caseId))
    .orderBy(asc(toleranceCorrections.deadline));
}

export async function accountabilityFacts(db: Executor, caseId: string) {
  const [row] = await db
    .select({ decision: accountabilityCases, matter: accountabilityMatters, subjectUnitName: units.name, cadreName: cadres.name })
    .from(accountabilityCases)
    .innerJoin(accountabilityMatters, eq(accountabilityMatters.id, accountabilityCases.matterId))
    .innerJoin(units, eq(units.id, accountabilityCases.subjectUnitId))
    .leftJoin(cadres, eq(cadres.id, accountabilityCases.cadreId))
    .where(eq(accountabilityCases.caseId, caseId))
    .limit(1);
  return row ?? null;
}

export function proposalsOf(db: Executor, caseId: string) {
  return db
    .select({
      id: accountabilityProposals.id,
      body: accountabilityProposals.body,
      facts: accountabilityProposals.facts,
      grounds: accountabilityProposals.grounds,
    })
    .from(accountabilityProposals)
    .where(eq(accountabilityProposals.caseId, caseId))
    .orderBy(asc(accountabilityProposals.seq));
}

export async function appellantsOf(db: Executor, caseId: string): Promise<string[]> {
  return (await db.select({ appellant: accountabilityAppeals.appellant }).from(accountabilityAppeals).where(eq(accountabilityAppeals.caseId, caseId))).map(
    (a) => a.appellant,
  );
}
