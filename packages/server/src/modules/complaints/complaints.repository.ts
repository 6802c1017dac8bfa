import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { cadres, measures } from '../cadres';
import { caseMatches, caseParticipants, cases } from '../cases';
import { caseAttachments } from '../cases/cases.tables';
import { roleGrants, units, userRoles, users } from '../org';
import { complaintAccused, complaintClarifications, complaintIdentities, complaintNotes, complaints } from './complaints.tables';

/*
 * Queries of the complaints module. A read by id of the case itself goes through the engine's requireCase (scoped);
 * these read the module's rows beside a case already found in scope. The identity table is touched by two functions
 * only: one writes it at intake, one reads it for the audited identity route.
 */

export type ComplaintRow = typeof complaints.$inferSelect;
export type ClarificationRow = typeof complaintClarifications.$inferSelect;

export async function insertComplaint(tx: Executor, values: typeof complaints.$inferInsert, accused: readonly string[]) {
  await tx.insert(complaints).values(values);
  await tx.insert(complaintAccused).values(accused.map((cadreId, position) => ({ caseId: values.caseId, cadreId, position })));
}

export async function insertIdentity(tx: Executor, caseId: string, identityEnc: string) {
  await tx.insert(complaintIdentities).values({ caseId, identityEnc });
}

export async function findIdentity(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db.select({ enc: complaintIdentities.identityEnc }).from(complaintIdentities).where(eq(complaintIdentities.caseId, caseId)).limit(1);
  return row?.enc ?? null;
}

export async function findComplaint(db: Executor, caseId: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.caseId, caseId)).limit(1);
  return row ?? null;
}

export async function setConclusion(tx: Executor, caseId: string, values: Pick<ComplaintRow, 'conclusion' | 'conclusionGrounds' | 'concludedOn'>) {
  await tx.update(complaints).set(values).where(eq(complaints.caseId, caseId));
}

/** The accused cadres as the intake named them, in that order. */
export function accusedOf(db: Executor, caseId: string) {
  return db
    .select({ cadreId: cadres.id, name: cadres.name, unitName: units.name })
    .from(complaintAccused)
    .innerJoin(cadres, eq(cadres.id, complaintAccused.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(eq(complaintAccused.caseId, caseId))
    .orderBy(asc(complaintAccused.position));
}

/** The accused cadres' measures still in force within `scope` (a condition on the measure's cadre), oldest first. */
export function accusedMeasuresInForce(db: Executor, caseId: string, scope: SQL | undefined) {
  return db
    .select({
      id: measures.id,
      cadreId: measures.cadreId,
      code: measures.code,
      effectiveOn: measures.effectiveOn,
      decidingBody: measures.decidingBody,
      version: measures.version,
    })
    .from(complaintAccused)
    .innerJoin(measures, eq(measures.cadreId, complaintAccused.cadreId))
    .innerJoin(cadres, eq(cadres.id, complaintAccused.cadreId))
    .where(and(eq(complaintAccused.caseId, caseId), isNull(measures.revokedAt), scope))
    .orderBy(asc(complaintAccused.position), asc(measures.effectiveOn), asc(measures.id));
}

/** Cadres by id, each with its unit; the caller compares the count to find a missing one. */
export function findCadres(db: Executor, ids: readonly string[]) {
  return db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId })
    .from(cadres)
    .where(inArray(cadres.id, [...ids]));
}

/**
 * Who may be assigned to handle a complaint: active users of the actor's jurisdiction whose role grants
 * complaint.handle, optionally only `ids`, or those whose name contains `q`. 分办 to anyone else would give a case to
 * someone who can neither work it nor, through the `assigned` scope, be meant to see the complainant.
 */
export function handlerCandidates(db: Executor, actorUnitId: string | null, filter: { ids?: readonly string[]; q?: string }) {
  const actorUnit = alias(units, 'actor_unit');
  return db
    .selectDistinct({ id: users.id, name: users.displayName, unitName: units.name })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .innerJoin(actorUnit, eq(actorUnit.jurisdictionId, units.jurisdictionId))
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roleGrants, and(eq(roleGrants.roleCode, userRoles.roleCode), eq(roleGrants.permission, 'complaint.handle')))
    .where(
      and(
        eq(actorUnit.id, actorUnitId ?? sql`null`),
        eq(users.disabled, false),
        filter.ids ? inArray(users.id, [...filter.ids]) : undefined,
        filter.q ? ilike(users.displayName, containsPattern(filter.q)) : undefined,
      ),
    )
    .orderBy(asc(users.displayName))
    .limit(50);
}

export function handlersOf(db: Executor, caseId: string) {
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(caseParticipants)
    .innerJoin(users, eq(users.id, caseParticipants.userId))
    .where(and(eq(caseParticipants.caseId, caseId), eq(caseParticipants.role, 'HANDLER')))
    .orderBy(asc(users.displayName));
}

export async function insertNote(tx: Executor, values: typeof complaintNotes.$inferInsert) {
  const [row] = await tx.insert(complaintNotes).values(values).returning();
  return row as typeof complaintNotes.$inferSelect;
}

export function notesOf(db: Executor, caseId: string) {
  return db.select().from(complaintNotes).where(eq(complaintNotes.caseId, caseId)).orderBy(asc(complaintNotes.at));
}

/**
 * Concluded complaints naming any of the cadres, with every cadre each one names: the input of the repeated-report
 * rule. Whoever asks already reads complaints in this scope; the rule only shows numbers and conclusions.
 */
export async function concludedAbout(db: Executor, cadreIds: readonly string[], scope: SQL | undefined) {
  if (cadreIds.length === 0) return [];
  const hits = await db
    .selectDistinct({ caseId: complaints.caseId, number: cases.number, conclusion: complaints.conclusion, concludedOn: complaints.concludedOn })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .innerJoin(complaintAccused, eq(complaintAccused.caseId, complaints.caseId))
    .where(and(inArray(complaintAccused.cadreId, [...cadreIds]), isNotNull(complaints.conclusion), scope));
  if (hits.length === 0) return [];
  const named = await db
    .select({ caseId: complaintAccused.caseId, cadreId: complaintAccused.cadreId })
    .from(complaintAccused)
    .where(
      inArray(
        complaintAccused.caseId,
        hits.map((h) => h.caseId),
      ),
    );
  return hits.map((h) => ({ ...h, cadreIds: named.filter((n) => n.caseId === h.caseId).map((n) => n.cadreId) }));
}

/** Every clarification of a complaint, in the order they were proposed. */
export function clarificationsOf(db: Executor, caseId: string) {
  return db.select().from(complaintClarifications).where(eq(complaintClarifications.caseId, caseId)).orderBy(asc(complaintClarifications.createdAt));
}

const oneClarification = (caseId: string, cadreId: string) => and(eq(complaintClarifications.caseId, caseId), eq(complaintClarifications.cadreId, cadreId));

/** One cadre's clarification locked for the rest of the transaction: its steps queue behind each other. */
export async function lockClarification(tx: Executor, caseId: string, cadreId: string): Promise<ClarificationRow | null> {
  const [row] = await tx.select().from(complaintClarifications).where(oneClarification(caseId, cadreId)).for('update');
  return row ?? null;
}

export async function insertClarification(tx: Executor, values: typeof complaintClarifications.$inferInsert) {
  await tx.insert(complaintClarifications).values(values);
}

/** Writes where the version still matches what the caller read; nothing when it does not. */
export async function updateClarification(
  tx: Executor,
  key: { caseId: string; cadreId: string },
  version: number,
  values: Partial<typeof complaintClarifications.$inferInsert>,
  at: Date,
) {
  const [row] = await tx
    .update(complaintClarifications)
    .set({ ...values, updatedAt: at, version: version + 1 })
    .where(and(oneClarification(key.caseId, key.cadreId), eq(complaintClarifications.version, version)))
    .returning({ caseId: complaintClarifications.caseId });
  return row;
}

/** The cadre's own clarifications that are not yet carried out, newest first: what the cadre is asked to agree to. */
export function clarificationsOfCadre(db: Executor, cadreId: string) {
  return db
    .select()
    .from(complaintClarifications)
    .where(and(eq(complaintClarifications.cadreId, cadreId), ne(complaintClarifications.status, 'COMPLETED')))
    .orderBy(desc(complaintClarifications.createdAt));
}

export async function attachmentOfCase(db: Executor, caseId: string, attachmentId: string) {
  const [row] = await db
    .select({ id: caseAttachments.id })
    .from(caseAttachments)
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)))
    .limit(1);
  return row ?? null;
}

interface ComplaintFilter {
  scope: SQL | undefined;
  state?: string;
  q?: string;
}

const listWhere = (f: ComplaintFilter) => and(eq(cases.type, 'COMPLAINT'), f.scope, f.state ? eq(cases.state, f.state) : undefined, caseMatches(f.q));

/** A page of complaints, newest first, and how many there are. */
export function listComplaints(db: Executor, f: ComplaintFilter, page: { limit: number; offset: number }) {
  return Promise.all([
    db
      .select({ case: cases, unitName: units.name, subjectName: cadres.name, complaint: complaints })
      .from(cases)
      .innerJoin(complaints, eq(complaints.caseId, cases.id))
      .innerJoin(units, eq(units.id, cases.unitId))
      .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
      .where(listWhere(f))
      .orderBy(desc(cases.year), desc(cases.seq))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(cases).leftJoin(cadres, eq(cadres.id, cases.subjectCadreId)).where(listWhere(f)),
  ]);
}
