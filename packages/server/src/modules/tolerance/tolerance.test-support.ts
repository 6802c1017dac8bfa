import type { RoleCode } from '@dandang/shared/org/permissions';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { RequestContext } from '../../platform/context';
import { contextOf } from '../../test/actor';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * The county the tolerance tests stand in: 甲局 and 乙局 with a cadre each who has an account, a colleague in 甲局,
 * the discipline commission (who handles and decides), 甲局's unit administrator and the organization department.
 * Sessions are signed in again after the clock moves past their idle timeout.
 */

export interface World {
  t: TestApp;
  county: County;
  cadres: { a: string; a2: string; b: string };
  as: Record<'discipline' | 'cadreA' | 'cadreB' | 'unitAdminA' | 'orgDept', Session>;
  /** A context of the discipline user, for calling the engine directly (read before a transaction: PGlite has one connection). */
  disciplineCtx(): Promise<RequestContext>;
  moveTo(isoInstant: string): Promise<void>;
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
  const user = (roles: RoleCode[], unitId: string, cadreId?: string) => buildUser(db, { roles, unitId, cadreId });
  const discipline = await user(['discipline'], county.root.id);
  const accounts = {
    discipline: discipline.username,
    cadreA: (await user(['cadre'], county.a.id, cadres.a)).username,
    cadreB: (await user(['cadre'], county.b.id, cadres.b)).username,
    unitAdminA: county.users.unitAdminA.username,
    orgDept: county.users.orgDept.username,
  };
  const as = {} as World['as'];
  const signIn = async () => {
    for (const [key, username] of Object.entries(accounts)) as[key as keyof World['as']] = await t.login(username);
  };
  await signIn();
  return {
    t,
    county,
    cadres,
    as,
    disciplineCtx: () => contextOf(db, discipline.id, t.clock.now()),
    async moveTo(isoInstant) {
      t.clock.advance(new Date(isoInstant).getTime() - t.clock.now().getTime());
      await signIn();
    },
  };
}

export const ALL_CONDITIONS = { COMPLIANT: true, PUBLIC_INTEREST: true, DUE_PROCESS: true, NO_PERSONAL_GAIN: true, REMEDIED: true };

/** Facts that give EXEMPT under the default policy (2018 意见 三个区分开来: a situation and all five conditions). */
export const EXEMPT_FACTS = { situations: ['REFORM_TRIAL'], conditions: ALL_CONDITIONS, exclusions: [], mitigations: [], notes: '经核实，属先行先试' };

export function application(subjectCadreId: string, overrides: Record<string, unknown> = {}) {
  return {
    subjectCadreId,
    title: '招商引资项目容错申请',
    matter: '2026 年 6 月在推进园区招商项目中，因政策尚无明确规定先行试点，造成一定损失',
    occurredOn: '2026-06-15',
    claimedSituations: ['REFORM_TRIAL'],
    grounds: '出于推动发展的公心，未谋取私利，已积极挽回损失',
    ...overrides,
  };
}

export const detailOf = async (session: Session, id: string) => ok<ToleranceDetail>(await session.get(`/api/v1/tolerance/cases/${id}`));

/** Takes a step with the case's current version, as the screen would after reading it. */
export async function act(session: Session, id: string, action: string, fields: Record<string, unknown> = {}, note = '') {
  const { case: c } = await detailOf(session, id);
  return session.post(`/api/v1/tolerance/cases/${id}/actions/${action}`, { version: c.version, note, fields });
}

export async function saveFacts(session: Session, id: string, facts: Record<string, unknown> = EXEMPT_FACTS) {
  const { version } = await detailOf(session, id);
  return session.put(`/api/v1/tolerance/cases/${id}/facts`, { version, ...facts });
}

export function decision(meetingDate: string, overrides: Record<string, unknown> = {}) {
  return {
    meetingDate,
    attendees: ['张书记', '李副书记', '王常委', '赵常委', '钱常委'],
    votes: { for: 4, against: 1, abstain: 0 },
    decision: 'EXEMPT',
    ...overrides,
  };
}
