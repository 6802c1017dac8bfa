import type { CaseType } from '@dandang/shared/cases/workflow';
import { and, asc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units } from '../org';
import { caseAttachments, caseComments, caseEvents, caseExtensions, caseLinks, caseParticipants, cases } from './cases.tables';

/*
 * Queries of the case engine. Every read by id takes the caller's scope condition, so a case out of scope is not
 * found (and answers 404).
 */

const caseColumns = { case: cases, unitName: units.name, subjectName: cadres.name };

function selectCases(db: Executor) {
  return db.select(caseColumns).from(cases).innerJoin(units, eq(units.id, cases.unitId)).leftJoin(cadres, eq(cadres.id, cases.subjectCadreId));
}
export type CaseRow = Awaited<ReturnType<typeof findCase>> & {};

export async function findCase(db: Executor, id: string, scope?: SQL) {
  const [row] = await selectCases(db)
    .where(and(eq(cases.id, id), scope))
    .limit(1);
  return row ?? null;
}

/** Locks a case's row for the rest of the transaction and answers its version: steps on one case queue behind it. */
export async function lockCase(db: Executor, id: string): Promise<{ version: number; state: string } | null> {
  const [row] = await db.select({ version: cases.version, state: cases.state }).from(cases).where(eq(cases.id, id)).for('update');
  return row ?? null;
}

/** The case's type alone, before the type's own permission decides whether the reader may see it. */
export async function caseTypeOf(db: Executor, id: string): Promise<CaseType | null> {
  const [row] = await db.select({ type: cases.type }).from(cases).where(eq(cases.id, id)).limit(1);
  return row?.type ?? null;
}

export async function insertCase(db: Executor, values: typeof cases.$inferInsert): Promise<string> {
  const [row] = await db.insert(cases).values(values).returning({ id: cases.id });
  return (row as { id: string }).id;
}

/** Moves a case where the version still matches what the caller read; nothing when it does not. */
export async function updateCase(db: Executor, id: string, version: number, values: Partial<typeof cases.$inferInsert>, at: Date) {
  const [row] = await db
    .update(cases)
    .set({ ...values, updatedAt: at, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id, version: cases.version });
  return row;
}

export async function insertEvent(db: Executor, values: typeof caseEvents.$inferInsert) {
  await db.insert(caseEvents).values(values);
}

export function eventsOf(db: Executor, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
}

/** Adds the people not yet on the case in that role; answers those it added. */
export async function addParticipants(db: Executor, caseId: string, people: ReadonlyArray<{ userId: string; role: string }>) {
  if (people.length === 0) return [];
  return db
    .insert(caseParticipants)
    .values(people.map((p) => ({ caseId, ...p })))
    .onConflictDoNothing()
    .returning({ userId: caseParticipants.userId, role: caseParticipants.role });
}

export function commentsOf(db: Executor, caseId: string) {
  return db.select().from(caseComments).where(eq(caseComments.caseId, caseId)).orderBy(asc(caseComments.at));
}

export async function insertComment(db: Executor, values: typeof caseComments.$inferInsert) {
  const [row] = await db.insert(caseComments).values(values).returning();
  return row as typeof caseComments.$inferSelect;
}

const attachmentMeta = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  name: caseAttachments.name,
  size: caseAttachments.size,
  uploadedAt: caseAttachments.uploadedAt,
  uploaderName: caseAttachments.uploaderName,
};

export function attachmentsOf(db: Executor, caseId: string) {
  return db.select(attachmentMeta).from(caseAttachments).where(eq(caseAttachments.caseId, caseId)).orderBy(asc(caseAttachments.uploadedAt));
}

export async function insertAttachment(db: Executor, values: typeof caseAttachments.$inferInsert) {
  const [row] = await db.insert(caseAttachments).values(values).returning(attachmentMeta);
  return row as NonNullable<typeof row>;
}

export async function findAttachment(db: Executor, id: string) {
  const [row] = await db.select().from(caseAttachments).where(eq(caseAttachments.id, id)).limit(1);
  return row ?? null;
}

/** Links from or to a case, with the other case's number, type, title and state. */
export async function linksOf(db: Executor, caseId: string) {
  const rows = await db
    .select({ link: caseLinks, other: { id: cases.id, number: cases.number, type: cases.type, title: cases.title, state: cases.state } })
    .from(caseLinks)
    .innerJoin(cases, sql`${cases.id} = case when ${caseLinks.fromCaseId} = ${caseId} then ${caseLinks.toCaseId} else ${caseLinks.fromCaseId} end`)
    .where(or(eq(caseLinks.fromCaseId, caseId), eq(caseLinks.toCaseId, caseId)))
    .orderBy(asc(caseLinks.createdAt));
  return rows;
}

export async function insertLink(db: Executor, values: typeof caseLinks.$inferInsert) {
  const [row] = await db.insert(caseLinks).values(values).onConflictDoNothing().returning({ id: caseLinks.id });
  return row ?? null;
}

/** Which of these case ids the reader may see: `scopes` holds each readable type's scope condition. */
export async function visibleCaseIds(
  db: Executor,
  ids: readonly string[],
  scopes: ReadonlyArray<{ type: CaseType; scope: SQL | undefined }>,
): Promise<Set<string>> {
  if (ids.length === 0 || scopes.length === 0) return new Set();
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(inArray(cases.id, [...ids]), or(...scopes.map(({ type, scope }) => and(eq(cases.type, type), scope)))));
  return new Set(rows.map((r) => r.id));
}

export function extensionsOf(db: Executor, caseId: string) {
  return db.select().from(caseExtensions).where(eq(caseExtensions.caseId, caseId)).orderBy(asc(caseExtensions.requestedAt));
}

export async function insertExtension(db: Executor, values: typeof caseExtensions.$inferInsert) {
  const [row] = await db.insert(caseExtensions).values(values).returning();
  return row as typeof caseExtensions.$inferSelect;
}

export async function findExtension(db: Executor, id: string) {
  const [row] = await db.select().from(caseExtensions).where(eq(caseExtensions.id, id)).limit(1);
  return row ?? null;
}

export async function decideExtension(db: Executor, id: string, version: number, values: Partial<typeof caseExtensions.$inferInsert>) {
  const [row] = await db
    .update(caseExtensions)
    .set({ ...values, version: sql`${caseExtensions.version} + 1` })
    .where(and(eq(caseExtensions.id, id), eq(caseExtensions.version, version), eq(caseExtensions.status, 'PENDING')))
    .returning({ id: caseExtensions.id });
  return row;
}

/** Open cases of the types given, each with its scope, whose current limit ends on or before `until`. */
export function casesDueBy(db: Executor, until: string, scopes: ReadonlyArray<{ type: CaseType; scope: SQL | undefined }>) {
  if (scopes.length === 0) return Promise.resolve([]);
  const byType = or(...scopes.map(({ type, scope }) => and(eq(cases.type, type), scope)));
  return selectCases(db)
    .where(and(isNull(cases.closedAt), lte(cases.dueOn, until), byType))
    .orderBy(asc(cases.dueOn), asc(cases.number))
    .limit(500);
}
