import type { DataScope, RoleCode } from '@dandang/shared/org/permissions';
import { SHIPPED_ROLES } from '../modules/org/roles.data';
import type { County } from '../test/county';
import { buildUser } from '../test/factories';
import type { Session, TestApp } from '../test/test-app';

/**
 * One signed-in user per shipped role. The county-wide roles sit at 县委; the unit roles at 甲局, so that a record in
 * 甲局 is inside their scope and one in 乙局 outside it; the cadre's own cadre record is `ownCadreId`, in 甲局, so that
 * `self` reaches the records about it and nothing in 乙局.
 */
export interface Actor {
  role: RoleCode;
  session: Session;
  /** The scope of each permission the role holds, as shipped. */
  grants: Map<string, DataScope>;
}

export async function signInEveryRole(t: TestApp, county: County, ownCadreId: string): Promise<Actor[]> {
  const db = t.database.db;
  const actors: Actor[] = [];
  for (const { code, grants } of SHIPPED_ROLES) {
    const unitId = code === 'sys_admin' ? null : ['org_dept', 'discipline'].includes(code) ? county.root.id : county.a.id;
    const user = await buildUser(db, { roles: [code], unitId, ...(code === 'cadre' ? { cadreId: ownCadreId } : {}) });
    actors.push({ role: code, session: await t.login(user.username), grants: new Map(grants) });
  }
  return actors;
}
