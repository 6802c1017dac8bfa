import type { SubmissionKind, SubmissionState } from '@dandang/shared/participation/participation.codes';
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { units } from '../org/org.tables';
import {
  participationCategories as categories,
  participationChallenges as challenges,
  participationEvents as events,
  participationMilestones as milestones,
  participationRewards as rewards,
  participationSettings as settings,
  participationSubmissions as submissions,
} from './participation.tables';

/* Queries of 群众金点子 and 企业诉求; the scope condition comes from the caller (participation.policy.ts). */

export type SubmissionRowData = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;

const rowColumns = { s: submissions, unitName: units.name, categoryName: categories.name, jurisdictionId: units.jurisdictionId };

function fromSubmissions(db: Executor) {
  return db
    .select(rowColumns)
    .from(submissions)
    .innerJoin(units, eq(units.id, submissions.unitId))
    .innerJoin(categories, eq(categories.id, submissions.categoryId));
}
export type SubmissionWithNames = Awaited<ReturnType<typeof fromSubmissions>>[number];

export async function findSubmission(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await fromSubmissions(db)
    .where(and(eq(submissions.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function findByCodeHash(db: Executor, codeHash: string) {
  const [row] = await fromSubmissions(db).where(eq(submissions.queryCodeHash, codeHash)).limit(1);
  return row ?? null;
}

export interface ListFilter {
  scope: SQL | undefined;
  kind?: SubmissionKind;
  state?: SubmissionState;
  /** Unanswered and past the deadline on `today`. */
  overdueOn?: string;
  q?: string;
}

/**
 * Not answered and due before `day`: overdue on `day` (the list, 动态监测, the reminders all count it this way). The SQL
 * form of replyTiming's OVERDUE (participation.rules.ts), so a row the list flags is one the screens call 逾期.
 */
export const unansweredDueBefore = (day: string) => and(isNull(submissions.answeredOn), lt(submissions.dueOn, day)) as SQL;

function listWhere(f: ListFilter): SQL | undefined {
  return and(
    f.scope,
    f.kind ? eq(submissions.kind, f.kind) : undefined,
    f.state ? eq(submissions.state, f.state) : undefined,
    f.overdueOn ? unansweredDueBefore(f.overdueOn) : undefined,
    f.q ? or(ilike(submissions.title, `%${f.q}%`), ilike(submissions.enterpriseName, `%${f.q}%`)) : undefined,
  );
}

/** A page of submissions, the ones nearest their deadline and unanswered first. */
export async function listSubmissions(db: Executor, f: ListFilter, page: { limit: number; offset: number }) {
  const [items, [total]] = await Promise.all([
    fromSubmissions(db)
      .where(listWhere(f))
      .orderBy(sql`${submissions.answeredOn} is not null`, asc(submissions.dueOn), desc(submissions.submittedAt))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(submissions).where(listWhere(f)),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Unanswered submissions due before `day` within the scope, the earliest first: the reply reminders. */
export const unansweredBefore = (db: Executor, day: string, scope: SQL | undefined) =>
  fromSubmissions(db)
    .where(and(scope, unansweredDueBefore(day)))
    .orderBy(asc(submissions.dueOn), asc(submissions.submittedAt));

export const insertSubmission = (db: Executor, row: NewSubmission) => db.insert(submissions).values(row);

/** Updates a submission at the version read; nothing back means someone else saved first. */
export async function updateSubmission(db: Executor, id: string, version: number, patch: Partial<NewSubmission>) {
  const [row] = await db
    .update(submissions)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(submissions.id, id), eq(submissions.version, version)))
    .returning();
  return row;
}

export const insertEvent = (db: Executor, row: typeof events.$inferInsert) => db.insert(events).values(row);

export const eventsOf = (db: Executor, submissionId: string) => db.select().from(events).where(eq(events.submissionId, submissionId)).orderBy(asc(events.seq));

export const milestonesOf = (db: Executor, submissionId: string) =>
  db.select().from(milestones).where(eq(milestones.submissionId, submissionId)).orderBy(asc(milestones.plannedOn), asc(milestones.createdAt));

export const insertMilestone = async (db: Executor, row: typeof milestones.$inferInsert) => (await db.insert(milestones).values(row).returning())[0];

export async function findMilestone(db: Executor, submissionId: string, id: string) {
  const [row] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.submissionId, submissionId)))
    .limit(1);
  return row ?? null;
}

export async function updateMilestone(db: Executor, id: string, version: number, patch: Partial<typeof milestones.$inferInsert>) {
  const [row] = await db
    .update(milestones)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(milestones.id, id), eq(milestones.version, version)))
    .returning();
  return row;
}

export async function rewardOf(db: Executor, submissionId: string) {
  const [row] = await db.select().from(rewards).where(eq(rewards.submissionId, submissionId)).limit(1);
  return row ?? null;
}

/** Inserts the reward unless one exists; nothing back means it did. */
export async function insertReward(db: Executor, row: typeof rewards.$inferInsert) {
  const [inserted] = await db.insert(rewards).values(row).onConflictDoNothing().returning();
  return inserted;
}

// 类别

const categoryColumns = { c: categories, unitName: units.name, jurisdictionId: units.jurisdictionId };

export function listCategories(db: Executor, where: SQL | undefined) {
  return db
    .select(categoryColumns)
    .from(categories)
    .innerJoin(units, eq(units.id, categories.unitId))
    .where(where)
    .orderBy(asc(categories.kind), asc(categories.name));
}

export async function findCategory(db: Executor, id: string) {
  const [row] = await listCategories(db, eq(categories.id, id)).limit(1);
  return row ?? null;
}

export const activeCategoryCondition = (kind?: SubmissionKind) => and(eq(categories.active, true), kind ? eq(categories.kind, kind) : undefined);
export const categoryJurisdictionCondition = (jurisdictionId: string) => eq(units.jurisdictionId, jurisdictionId);

export const insertCategory = async (db: Executor, row: typeof categories.$inferInsert) => (await db.insert(categories).values(row).returning())[0];

export async function updateCategory(db: Executor, id: string, version: number, patch: Partial<typeof categories.$inferInsert>) {
  const [row] = await db
    .update(categories)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(categories.id, id), eq(categories.version, version)))
    .returning();
  return row;
}

export async function findUnit(db: Executor, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row ?? null;
}

// 设置

export async function settingsOf(db: Executor, jurisdictionId: string) {
  const [row] = await db.select().from(settings).where(eq(settings.jurisdictionId, jurisdictionId)).limit(1);
  return row ?? null;
}

/** Writes the settings at the version read (1 = the defaults, never stored); nothing back means a stale write. */
export async function saveSettings(db: Executor, row: typeof settings.$inferInsert & { version: number }, expected: number) {
  if (expected === 1) {
    const [inserted] = await db.insert(settings).values(row).onConflictDoNothing().returning();
    return inserted;
  }
  const [updated] = await db
    .update(settings)
    .set(row)
    .where(and(eq(settings.jurisdictionId, row.jurisdictionId), eq(settings.version, expected)))
    .returning();
  return updated;
}

// 验证题

export const insertChallenge = async (db: Executor, row: typeof challenges.$inferInsert) => (await db.insert(challenges).values(row).returning())[0];

/** Removes the challenge and answers what it expected, if it existed and had not expired: each is used once. */
export async function consumeChallenge(db: Executor, id: string, now: Date) {
  const [row] = await db
    .delete(challenges)
    .where(and(eq(challenges.id, id), gt(challenges.expiresAt, now)))
    .returning({ answer: challenges.answer });
  return row ?? null;
}

export const purgeExpiredChallenges = (db: Executor, now: Date) => db.delete(challenges).where(lt(challenges.expiresAt, now));

// 指标

/** What the unit indicators are computed from: submissions of the kinds made in the period, within the scope. */
export function indicatorRows(db: Executor, f: { kinds: readonly SubmissionKind[]; from: string; to: string; scope: SQL | undefined }) {
  return db
    .select({
      unitId: submissions.unitId,
      unitName: units.name,
      state: submissions.state,
      dueOn: submissions.dueOn,
      answeredOn: submissions.answeredOn,
      rating: submissions.rating,
    })
    .from(submissions)
    .innerJoin(units, eq(units.id, submissions.unitId))
    .where(and(f.scope, inArray(submissions.kind, [...f.kinds]), sql`${submissions.submittedOn} between ${f.from} and ${f.to}`))
    .orderBy(asc(units.path));
}
