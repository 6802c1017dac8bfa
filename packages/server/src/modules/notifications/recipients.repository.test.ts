import type { PermissionCode, RoleCode } from '@dandang/shared/org/permissions';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOf } from '../../test/actor';
import { buildCounty, type County } from '../../test/county';
import { buildUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { scopeCondition, units } from '../org';
import { holdersOver } from './recipients.repository';

/*
 * holdersOver asks scopeCondition's question the other way round ("who reaches this unit" rather than "which units
 * does this actor reach"): for every account, permission and unit the two must agree, `unit_subtree` included.
 */

let t: TestApp;
let county: County;
const people: Array<{ id: string }> = [];

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  const at = (roles: RoleCode[], unitId: string | null) => buildUser(db, { roles, unitId });
  people.push(
    county.users.orgDept,
    county.users.unitAdminA,
    await at(['unit_admin'], county.root.id),
    await at(['unit_leader'], county.a.id),
    await at(['unit_leader'], county.b.id),
    await at(['discipline'], county.root.id),
    await at(['cadre'], county.a.id),
    await at(['sys_admin'], null),
  );
});
afterAll(() => t.close());

describe('holdersOver — the accounts whose grant reaches a unit, as scopeCondition reaches it', () => {
  const permissions: PermissionCode[] = ['dashboard.read', 'measure.write', 'visit.write', 'participation.handle', 'honor.manage'];

  it.each(permissions)('%s', async (permission) => {
    const db = t.database.db;
    const ours = new Set(people.map((p) => p.id));
    for (const unit of [county.root, county.a, county.b]) {
      const expected: string[] = [];
      for (const person of people) {
        const { actor } = await contextOf(db, person.id, t.clock.now());
        if (!actor?.permissions[permission]) continue;
        const seen = await db
          .select({ id: units.id })
          .from(units)
          .where(and(eq(units.id, unit.id), scopeCondition(actor, permission, { unitId: units.id })));
        if (seen.length > 0) expected.push(person.id);
      }
      const holders = (await holdersOver(db, permission, unit.id)).filter((id) => ours.has(id));
      expect(holders.sort(), `${permission} over ${unit.name}`).toEqual(expected.sort());
    }
  });

  it('includes a unit_subtree reach from above, and not from a sibling', async () => {
    const db = t.database.db;
    const [, , rootAdmin, leaderA, leaderB] = people.map((p) => p.id);
    const overA = await holdersOver(db, 'dashboard.read', county.a.id);
    expect(overA).toEqual(expect.arrayContaining([rootAdmin, leaderA]));
    expect(overA).not.toContain(leaderB);
  });
});
