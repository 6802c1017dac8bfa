import { and, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadrePosts, cadres } from './cadres.tables';

const postColumns = {
  id: cadrePosts.id,
  cadreId: cadrePosts.cadreId,
  unitId: cadrePosts.unitId,
  unitName: cadrePosts.unitName,
  post: cadrePosts.post,
  rank: cadrePosts.rank,
  startedOn: cadrePosts.startedOn,
  endedOn: cadrePosts.endedOn,
  isKey: cadrePosts.isKey,
  version: cadrePosts.version,
};

export type PostRow = Awaited<ReturnType<typeof listPosts>>[number];
export type PostValues = Omit<typeof cadrePosts.$inferInsert, 'id' | 'cadreId' | 'version' | 'createdAt'>;

/** A cadre's posts, the current one first, then the most recent. `scope` is a cadre scope (on `cadres`). */
export async function listPosts(db: Executor, cadreId: string, scope: SQL | undefined) {
  return db
    .select(postColumns)
    .from(cadrePosts)
    .innerJoin(cadres, eq(cadres.id, cadrePosts.cadreId))
    .where(and(eq(cadrePosts.cadreId, cadreId), scope))
    .orderBy(sql`${cadrePosts.endedOn} is null desc`, desc(cadrePosts.startedOn), desc(cadrePosts.createdAt));
}

/** A post whose cadre lies inside the scope; a post of a cadre outside it is not found. */
export async function findPost(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select(postColumns)
    .from(cadrePosts)
    .innerJoin(cadres, eq(cadres.id, cadrePosts.cadreId))
    .where(and(eq(cadrePosts.id, id), scope))
    .limit(1);
  return row ?? null;
}

/** The cadre's open post (no end date) other than `exceptId`, if any. */
export async function findOpenPost(db: Executor, cadreId: string, exceptId?: string) {
  const [row] = await db
    .select({ id: cadrePosts.id, post: cadrePosts.post })
    .from(cadrePosts)
    .where(and(eq(cadrePosts.cadreId, cadreId), isNull(cadrePosts.endedOn), exceptId ? ne(cadrePosts.id, exceptId) : undefined))
    .limit(1);
  return row;
}

export async function insertPost(db: Executor, values: PostValues & { id: string; cadreId: string }, at: Date): Promise<void> {
  await db.insert(cadrePosts).values({ ...values, createdAt: at });
}

export async function updatePost(db: Executor, id: string, version: number, values: Partial<PostValues>) {
  const [row] = await db
    .update(cadrePosts)
    .set({ ...values, version: sql`${cadrePosts.version} + 1` })
    .where(and(eq(cadrePosts.id, id), eq(cadrePosts.version, version)))
    .returning({ id: cadrePosts.id });
  return row;
}

export async function deletePost(db: Executor, id: string, version?: number) {
  const [row] = await db
    .delete(cadrePosts)
    .where(and(eq(cadrePosts.id, id), version === undefined ? undefined : eq(cadrePosts.version, version)))
    .returning({ id: cadrePosts.id });
  return row;
}
