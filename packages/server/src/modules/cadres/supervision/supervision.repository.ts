import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db/client';
import { users } from '../../org/org.tables';
import { cadres } from '../cadres.tables';
import { supervisionRecords } from '../supervision.tables';

/* Reads by id join the record's cadre, so the caller's scope condition (on the cadre's unit or the cadre) applies. */

const creator = alias(users, 'supervision_creator');
const revoker = alias(users, 'supervision_revoker');

const columns = {
  id: supervisionRecords.id,
  cadreId: supervisionRecords.cadreId,
  kind: supervisionRecords.kind,
  occurredOn: supervisionRecords.occurredOn,
  conductedBy: supervisionRecords.conductedBy,
  topics: supervisionRecords.topics,
  followUp: supervisionRecords.followUp,
  question: supervisionRecords.question,
  reply: supervisionRecords.reply,
  repliedOn: supervisionRecords.repliedOn,
  conclusion: supervisionRecords.conclusion,
  documentNo: supervisionRecords.documentNo,
  measureId: supervisionRecords.measureId,
  createdByName: creator.displayName,
  revokedAt: supervisionRecords.revokedAt,
  revokedBy: supervisionRecords.revokedBy,
  revokedByName: revoker.displayName,
  revokedReason: supervisionRecords.revokedReason,
  version: supervisionRecords.version,
  createdAt: supervisionRecords.createdAt,
  updatedAt: supervisionRecords.updatedAt,
};

function selectRecords(db: Executor) {
  return db
    .select(columns)
    .from(supervisionRecords)
    .innerJoin(cadres, eq(cadres.id, supervisionRecords.cadreId))
    .leftJoin(creator, eq(creator.id, supervisionRecords.createdBy))
    .leftJoin(revoker, eq(revoker.id, supervisionRecords.revokedBy));
}

export type SupervisionRow = Awaited<ReturnType<typeof listRecords>>[number];

/** A cadre's records, revoked ones included (they stay on file), newest first. */
export function listRecords(db: Executor, cadreId: string) {
  return selectRecords(db)
    .where(eq(supervisionRecords.cadreId, cadreId))
    .orderBy(desc(supervisionRecords.occurredOn), desc(supervisionRecords.createdAt), asc(supervisionRecords.id));
}

export async function findRecord(db: Executor, id: string, scope: SQL | undefined): Promise<SupervisionRow | null> {
  const [row] = await selectRecords(db)
    .where(and(eq(supervisionRecords.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function insertRecord(db: Executor, values: typeof supervisionRecords.$inferInsert) {
  await db.insert(supervisionRecords).values(values);
}

/** Optimistic update of a record that is not revoked; nothing comes back when the version is stale. */
export async function updateRecord(db: Executor, id: string, version: number, values: Partial<typeof supervisionRecords.$inferInsert>, at: Date) {
  const [row] = await db
    .update(supervisionRecords)
    .set({ ...values, updatedAt: at, version: sql`${supervisionRecords.version} + 1` })
    .where(and(eq(supervisionRecords.id, id), eq(supervisionRecords.version, version), isNull(supervisionRecords.revokedAt)))
    .returning({ id: supervisionRecords.id });
  return row;
}
