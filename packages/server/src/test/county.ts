import { buildUnit, buildUser } from './factories';
import type { Session, TestApp } from './test-app';

type User = Awaited<ReturnType<typeof buildUser>>;

/**
 * The small county most route tests stand in, so that a scope check always has both sides: 县委 with the bureaus 甲局
 * and 乙局 under it, an 组织部 user at 县委 (org_dept: the whole county) and the unit administrator of 甲局 (unit_admin:
 * 甲局 only), both signed in. Each test builds its own cadres in these units. `users` are the two accounts, for a test
 * that signs in again (after moving the clock or changing a grant) or compares an audit row's actor.
 */
export interface County {
  root: Awaited<ReturnType<typeof buildUnit>>;
  a: Awaited<ReturnType<typeof buildUnit>>;
  b: Awaited<ReturnType<typeof buildUnit>>;
  users: { orgDept: User; unitAdminA: User };
  orgDept: Session;
  unitAdminA: Session;
}

export async function buildCounty(t: TestApp): Promise<County> {
  const db = t.database.db;
  const root = await buildUnit(db, { name: '县委' });
  const a = await buildUnit(db, { parent: root, name: '甲局' });
  const b = await buildUnit(db, { parent: root, name: '乙局' });
  const users = {
    orgDept: await buildUser(db, { roles: ['org_dept'], unitId: root.id }),
    unitAdminA: await buildUser(db, { roles: ['unit_admin'], unitId: a.id }),
  };
  return { root, a, b, users, orgDept: await t.login(users.orgDept.username), unitAdminA: await t.login(users.unitAdminA.username) };
}

/** A new user built with the factory's defaults and the given fields (roles, unit, own cadre), signed in. */
export async function signInNewUser(t: TestApp, fields: Parameters<typeof buildUser>[1]): Promise<Session> {
  const user = await buildUser(t.database.db, fields);
  return t.login(user.username);
}
