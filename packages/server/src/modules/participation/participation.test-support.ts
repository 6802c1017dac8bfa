import type { CategoryView, PublicSubmissionView, SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { buildCounty, type County } from '../../test/county';
import { buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * The county of the participation tests: categories 城市建设 (金点子, answered by 甲局) and 营商环境 (企业诉求, answered
 * by 乙局), the unit administrators of both bureaus, a unit leader of 甲局, and the public (no session).
 */
export interface World {
  t: TestApp;
  county: County;
  public: Session;
  as: { orgDept: Session; adminA: Session; adminB: Session; leaderA: Session };
  usernames: Record<keyof World['as'], string>;
  categories: { idea: CategoryView; appeal: CategoryView };
}

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  const county = await buildCounty(t);
  const usernames = {
    orgDept: county.users.orgDept.username,
    adminA: county.users.unitAdminA.username,
    adminB: (await buildUser(t.database.db, { roles: ['unit_admin'], unitId: county.b.id })).username,
    leaderA: (await buildUser(t.database.db, { roles: ['unit_leader'], unitId: county.a.id })).username,
  };
  const adminB = await t.login(usernames.adminB);
  const leaderA = await t.login(usernames.leaderA);
  const idea = ok<CategoryView>(await county.orgDept.post('/api/v1/participation/categories', { kind: 'IDEA', name: '城市建设', unitId: county.a.id }));
  const appeal = ok<CategoryView>(await county.orgDept.post('/api/v1/participation/categories', { kind: 'APPEAL', name: '营商环境', unitId: county.b.id }));
  return {
    t,
    county,
    public: t.anonymous(),
    as: { orgDept: county.orgDept, adminA: county.unitAdminA, adminB, leaderA },
    categories: { idea, appeal },
    usernames,
  };
}

/** Signs every staff account in again, after the clock moved past the sessions' idle limit. */
export async function signInAgain(w: World): Promise<void> {
  for (const key of Object.keys(w.as) as Array<keyof World['as']>) w.as[key] = await w.t.login(w.usernames[key]);
}

/** A fresh challenge answered right, as the public form does. */
export async function solved(session: Session) {
  const challenge = ok<{ token: string; question: string }>(await session.get('/api/v1/public/participation/challenge'));
  const [a, b] = challenge.question
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  return { challengeToken: challenge.token, challengeAnswer: (a ?? 0) + (b ?? 0) };
}

export const anonymousIdea = (w: World) => ({
  kind: 'IDEA',
  categoryId: w.categories.idea.id,
  title: '建议在学校门口增设公交站',
  content: '新区实验小学门口没有公交站，家长接送孩子很不方便，建议增设一个站点。',
  anonymous: true,
});

export const enterpriseAppeal = (w: World) => ({
  kind: 'APPEAL',
  categoryId: w.categories.appeal.id,
  title: '厂区道路施工影响运输',
  content: '园区东路施工已三个月，货车无法通行，请协调尽快恢复通行。',
  anonymous: false,
  contactName: '李经理',
  phone: '13912345678',
  enterpriseName: '某某精密制造有限公司',
  creditCode: '91330100MA2B3C4D5E',
});

/** Submits through the public API; answers the query code. */
export async function submitAs(w: World, body: Record<string, unknown>): Promise<string> {
  return ok<{ queryCode: string }>(await w.public.post('/api/v1/public/participation/submissions', { ...body, ...(await solved(w.public)) })).queryCode;
}

export const publicOf = async (w: World, code: string) => ok<PublicSubmissionView>(await w.public.get(`/api/v1/public/participation/submissions/${code}`));

/** The staff's id of the submission a query code names (the list of org_dept, newest matching title). */
export async function idOf(w: World, title: string): Promise<SubmissionDetail> {
  const page = ok<{ items: Array<{ id: string; title: string }> }>(await w.as.orgDept.get(`/api/v1/participation/submissions?q=${encodeURIComponent(title)}`));
  const id = page.items[0]?.id;
  if (!id) throw new Error(`no submission titled ${title}`);
  return ok<SubmissionDetail>(await w.as.orgDept.get(`/api/v1/participation/submissions/${id}`));
}
