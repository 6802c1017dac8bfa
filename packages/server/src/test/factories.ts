import type { RoleCode } from '@dandang/shared/org/permissions';
import { eq } from 'drizzle-orm';
import { cadres } from '../modules/cadres/cadres.tables';
import { jurisdictions, units, userRoles, users } from '../modules/org/org.tables';
import { hashPassword } from '../platform/crypto/password';
import type { Executor } from '../platform/db/client';
import { TEST_PASSWORD } from './test-app';

let counter = 0;
const next = () => ++counter;
let cachedHash: Promise<string> | undefined;

/** A unit; without a parent it becomes a root unit of a (created) test jurisdiction. */
export async function buildUnit(
  db: Executor,
  overrides: Partial<typeof units.$inferInsert> & { parent?: { id: string; path: string; jurisdictionId: string } } = {},
) {
  const { parent, ...rest } = overrides;
  let jurisdictionId = parent?.jurisdictionId ?? rest.jurisdictionId;
  if (!jurisdictionId) {
    const [j] = await db
      .insert(jurisdictions)
      .values({ code: `J${next()}`, name: '测试县', level: 'county' })
      .returning();
    jurisdictionId = (j as { id: string }).id;
  }
  const id = crypto.randomUUID();
  const n = next();
  const [row] = await db
    .insert(units)
    .values({
      id,
      name: `测试单位${n}`,
      code: `U${n}`,
      type: 'government',
      ...rest,
      jurisdictionId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
    })
    .returning();
  return row as typeof units.$inferSelect;
}

/** A user with the given roles and the shared test password; creates a unit when none is given. */
export async function buildUser(db: Executor, overrides: Partial<typeof users.$inferInsert> & { roles?: RoleCode[] } = {}) {
  const { roles = ['cadre'], ...rest } = overrides;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const unitId = rest.unitId === undefined ? (await buildUnit(db)).id : rest.unitId;
  const n = next();
  const [user] = await db
    .insert(users)
    .values({ username: `user${n}`, displayName: `测试用户${n}`, passwordHash: await cachedHash, ...rest, unitId })
    .returning();
  const row = user as typeof users.$inferSelect;
  if (roles.length > 0) await db.insert(userRoles).values(roles.map((roleCode) => ({ userId: row.id, roleCode })));
  return row;
}

export async function buildCadre(db: Executor, overrides: Partial<typeof cadres.$inferInsert> = {}) {
  const unitId = overrides.unitId ?? (await buildUnit(db)).id;
  const n = next();
  const [row] = await db
    .insert(cadres)
    .values({
      name: `干部${n}`,
      gender: '1',
      birthDate: '1985-06-01',
      ethnicity: '01',
      education: '21',
      politicalStatus: '01',
      post: '科员',
      rank: 'clerk_1',
      ...overrides,
      unitId,
    })
    .returning();
  return row as typeof cadres.$inferSelect;
}

export async function findUserRow(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}
