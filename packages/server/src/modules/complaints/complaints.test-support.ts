import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import type { RoleCode } from '@dandang/shared/org/permissions';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { roleGrants } from '../org';

/*
 * The county the complaint tests stand in: 甲局 and 乙局 with a cadre each who has an account, a colleague in 甲局,
 * the discipline commission's registrar (intake, not assigned), an assigned handler with the identity grant, a clerk
 * who may read and handle complaints but holds no identity grant, and the organization department.
 */

export interface World {
  t: TestApp;
  county: County;
  cadres: { a: string; a2: string; b: string };
  userIds: { handler: string; clerk: string; cadreA: string };
  as: Record<'registrar' | 'handler' | 'clerk' | 'cadreA' | 'cadreB' | 'orgDept', Session>;
}

/**
 * A handler who reads and handles complaints without seeing who made them. Roles are a fixed list, so this test's
 * own database grants the two permissions to 单位主要负责人 and the clerk holds that role.
 */
async function buildClerk(t: TestApp, unitId: string) {
  const db = t.database.db;
  await db
    .insert(roleGrants)
    .values([
      { roleCode: 'unit_leader', permission: 'complaint.read', scope: 'all' },
      { roleCode: 'unit_leader', permission: 'complaint.handle', scope: 'all' },
    ])
    .onConflictDoNothing();
  return buildUser(db, { roles: ['unit_leader'], unitId });
}

export async function buildWorld(startsAt: string): Promise<World> {
  const t = await createTestApp();
  t.clock.advance(new Date(startsAt).getTime() - t.clock.now().getTime());
  const db = t.database.db;
  const county = await buildCounty(t);
  const cadres = {
    a: (await buildCadre(db, { unitId: county.a.id, name: '甲一' })).id,
    a2: (await buildCadre(db, { unitId: county.a.id, name: '甲二' })).id,
    b: (await buildCadre(db, { unitId: county.b.id, name: '乙一' })).id,
  };
  const user = (roleCodes: RoleCode[], unitId: string, cadreId?: string) => buildUser(db, { roles: roleCodes, unitId, cadreId });
  const registrar = await user(['discipline'], county.root.id);
  const handler = await user(['discipline'], county.root.id);
  const clerk = await buildClerk(t, county.root.id);
  const cadreA = await user(['cadre'], county.a.id, cadres.a);
  const cadreB = await user(['cadre'], county.b.id, cadres.b);
  return {
    t,
    county,
    cadres,
    userIds: { handler: handler.id, clerk: clerk.id, cadreA: cadreA.id },
    as: {
      registrar: await t.login(registrar.username),
      handler: await t.login(handler.username),
      clerk: await t.login(clerk.username),
      cadreA: await t.login(cadreA.username),
      cadreB: await t.login(cadreB.username),
      orgDept: county.orgDept,
    },
  };
}

export const COMPLAINANT = { name: '张举报', phone: '13800138000', idNumber: '110101199003071234', address: '示范县人民路 1 号' };

/** An intake body about the cadres, anonymous unless a complainant is given. */
export function intake(accusedCadreIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    channel: 'LETTER',
    receivedOn: '2026-10-09',
    anonymous: true,
    accusedCadreIds,
    classification: 'INTEGRITY',
    title: '反映收受礼金问题',
    matter: '反映该同志 2026 年春节期间收受管理服务对象礼金',
    ...overrides,
  };
}

export const detailOf = async (session: Session, id: string) => ok<ComplaintDetail>(await session.get(`/api/v1/complaints/${id}`));

/** Takes a step with the case's current version, as the screen would after reading it. */
export async function act(session: Session, id: string, action: string, fields: Record<string, unknown> = {}, note = '') {
  const { case: c } = await detailOf(session, id);
  return session.post(`/api/v1/complaints/${id}/actions/${action}`, { version: c.version, note, fields });
}

/** Registers, verifies and concludes a complaint; answers its id. */
export async function concluded(w: World, accused: string[], conclusion: string, overrides: Record<string, unknown> = {}) {
  const body = intake(accused, { handlerIds: [w.userIds.handler, w.userIds.clerk], ...overrides });
  const { case: c } = ok<ComplaintDetail>(await w.as.registrar.post('/api/v1/complaints', body));
  ok(await act(w.as.handler, c.id, 'verify'));
  ok(await act(w.as.handler, c.id, 'conclude', { conclusion, grounds: '经调取账目、谈话核实，反映问题无事实依据' }));
  return c.id;
}
