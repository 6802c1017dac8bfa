import type { AccountabilityCaseDetail, ProposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import type { CreateMatterBody, MatterView } from '@dandang/shared/accountability/matter.schema';
import type { ProposalBody } from '@dandang/shared/accountability/proposal.schema';
import type { DataScope, PermissionCode, RoleCode } from '@dandang/shared/org/permissions';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { roleGrants } from '../org';

/*
 * The county the accountability tests stand in (test/county.ts: 县委 with 甲局 and 乙局, the organization department and
 * 甲局's administrator), with a discipline commission user at 县委 and the clock at 2026-03-02 09:00 in Beijing. Sessions
 * are kept by user name so a test that moves the clock past the 30-minute idle limit can sign in again.
 */

export interface World {
  t: TestApp;
  county: County;
  users: Record<string, string>;
  /** The signed-in session of a user, signing in again after the clock moved. */
  as(name: string): Promise<Session>;
  /** Moves the clock to a moment in Beijing and forgets the sessions. */
  moveTo(instant: string): void;
}

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  const county = await buildCounty(t);
  const db = t.database.db;
  const users: Record<string, string> = {
    discipline: (await buildUser(db, { roles: ['discipline'], unitId: county.root.id, displayName: '纪委干部' })).username,
    orgDept: county.users.orgDept.username,
    unitAdminA: county.users.unitAdminA.username,
  };
  const sessions = new Map<string, Session>();
  return {
    t,
    county,
    users,
    async as(name) {
      const username = users[name] ?? name;
      const known = sessions.get(username);
      if (known) return known;
      const session = await t.login(username);
      sessions.set(username, session);
      return session;
    },
    moveTo(instant) {
      t.clock.advance(new Date(instant).getTime() - t.clock.now().getTime());
      sessions.clear();
    },
  };
}

/**
 * Gives a shipped role more grants (the login answer names roles by the shipped codes only) and signs up a user of
 * that role at a unit under `name`; the 单位主要负责人 role holds nothing of this module by default.
 */
export async function userWithGrants(world: World, name: string, role: RoleCode, unitId: string, grants: Array<[PermissionCode, DataScope]>): Promise<string> {
  const db = world.t.database.db;
  if (grants.length > 0) {
    await db
      .insert(roleGrants)
      .values(grants.map(([permission, scope]) => ({ roleCode: role, permission, scope })))
      .onConflictDoNothing();
  }
  const user = await buildUser(db, { roles: [role], unitId });
  world.users[name] = user.username;
  return user.username;
}

export const cadreIn = async (world: World, unitId: string, name: string) => (await buildCadre(world.t.database.db, { unitId, name })).id;

export const matterBody = (over: Partial<CreateMatterBody> = {}): CreateMatterBody => ({
  title: '某项目违规审批',
  facts: '2026 年 1 月，未经集体研究审批某项目资金，造成损失。',
  occurredOn: '2026-01-15',
  source: '巡察移交',
  ...over,
});

export const proposalFor = (cadreId: string, over: Partial<ProposalBody> = {}): ProposalBody => ({
  body: 'DISCIPLINE',
  subjectKind: 'CADRE',
  cadreId,
  forms: ['ADMONISH'],
  facts: '对项目审批负有主要领导责任',
  grounds: '《中国共产党问责条例》第七条',
  ...over,
});

export async function registerMatter(session: Session, over: Partial<CreateMatterBody> = {}): Promise<MatterView> {
  return ok<MatterView>(await session.post('/api/v1/accountability/matters', matterBody(over)));
}

export async function proposeOn(session: Session, matterId: string, body: ProposalBody): Promise<ProposalResult> {
  return ok<ProposalResult>(await session.post(`/api/v1/accountability/matters/${matterId}/proposals`, body));
}

export const detailOf = async (session: Session, caseId: string) => ok<AccountabilityCaseDetail>(await session.get(`/api/v1/accountability/cases/${caseId}`));

export function act(session: Session, caseId: string, action: string, version: number, fields: Record<string, unknown> = {}, note = '') {
  return session.post(`/api/v1/accountability/cases/${caseId}/actions/${action}`, { version, note, fields });
}

export const decision = (over: Record<string, unknown> = {}) => ({
  forms: ['ADMONISH'],
  decidedOn: '2026-03-02',
  basis: '经查，对项目违规审批负有主要领导责任',
  documentNo: '县纪发〔2026〕5号',
  ...over,
});

/** Coordinates and decides a case, answering the decided detail. */
export async function decide(session: Session, caseId: string, fields: Record<string, unknown> = decision()): Promise<AccountabilityCaseDetail> {
  const before = await detailOf(session, caseId);
  const coordinated = before.case.state === 'PROPOSED' ? ok<AccountabilityCaseDetail>(await act(session, caseId, 'coordinate', before.case.version)) : before;
  return ok<AccountabilityCaseDetail>(await act(session, caseId, 'decide', coordinated.case.version, fields));
}
