import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser } from '../../../test/factories';
import { expectError, fieldPaths, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { annualGrades } from '../annual-grades.tables';
import { cadrePosts, measures } from '../cadres.tables';
import { talentPoolMembers, talentPools } from '../talent-pool.tables';

/*
 * The roster search (issue 4 item 2): every filter alone, together, sorted, and inside the data scope. The test
 * clock stands at 2026-03-02 09:00 China time, so "today" is 2026-03-02 and last year is 2025.
 */

type Page = { items: Array<{ id: string; name: string; birthDate: string; unitName: string }>; total: number; totalExact: boolean };

let t: TestApp;
let org: Session;
let unitAdmin: Session;
const c: Record<string, string> = {};
const u: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const root = await buildUnit(db, { name: '县委' });
  const a = await buildUnit(db, { parent: root, name: '甲局' });
  const a1 = await buildUnit(db, { parent: a, name: '甲局下属中心' });
  const b = await buildUnit(db, { parent: root, name: '乙镇' });
  Object.assign(u, { root: root.id, a: a.id, a1: a1.id, b: b.id });
  const wang = await buildCadre(db, {
    unitId: a.id,
    name: '王小明',
    birthDate: '1990-03-02', // 36 on the day
    rank: 'section_chief',
    education: '21',
    inServiceEducation: '11',
    partyJoinedOn: '2016-03-02', // ten years on the day
    workStartedOn: '2012-08-01',
    fieldTags: ['乡村振兴'],
    levelTag: '科级',
  });
  const li = await buildCadre(db, {
    unitId: a1.id,
    name: 'Wang Li',
    birthDate: '1990-03-03', // 35: the 36th birthday is tomorrow
    rank: 'clerk_1',
    education: '31',
    workStartedOn: '2015-01-01',
    specialtyTags: ['财务'],
  });
  const da = await buildCadre(db, { unitId: b.id, name: '王大明', birthDate: '1970-01-01', rank: 'section_chief', partyJoinedOn: '1995-07-01' });
  const si = await buildCadre(db, { unitId: a.id, name: '李四', birthDate: '1985-06-01', levelTag: '处级', rank: 'deputy_section_chief' });
  Object.assign(c, { wang: wang.id, li: li.id, da: da.id, si: si.id });
  await db.insert(cadrePosts).values([
    { cadreId: wang.id, unitName: '某镇', post: '乡镇党委书记', startedOn: '2020-01-01' },
    { cadreId: da.id, unitName: '某镇', post: '镇党委书记', startedOn: '2010-01-01', endedOn: '2012-01-01' },
    { cadreId: da.id, unitName: '某镇', post: '乡镇党委书记', startedOn: '2012-01-01', endedOn: '2013-01-01' },
    { cadreId: si.id, unitName: '甲局', post: '科员', startedOn: '2010-01-01' },
  ]);
  await db.insert(measures).values([
    // 诫勉 of 2025-10-01 bars promotion until 2026-04-01.
    { cadreId: li.id, code: 'ADMONISH', effectiveOn: '2025-10-01' },
    // A revoked expulsion no longer counts.
    { cadreId: si.id, code: 'PARTY_EXPEL', effectiveOn: '2024-01-01', revokedAt: new Date('2024-06-01') },
  ]);
  await db.insert(annualGrades).values([
    { cadreId: da.id, year: 2025, grade: 'BASIC' },
    { cadreId: si.id, year: 2025, grade: 'COMPETENT' },
    { cadreId: wang.id, year: 2024, grade: 'INCOMPETENT' },
  ]);
  const [pool, other] = await db
    .insert(talentPools)
    .values([
      { name: '乡村振兴科级库', level: 'SECTION', field: '乡村振兴' },
      { name: '财经处级库', level: 'DIVISION' },
    ])
    .returning();
  u.pool = String(pool?.id);
  u.otherPool = String(other?.id);
  await db.insert(talentPoolMembers).values([
    { poolId: u.pool, cadreId: da.id, status: 'ACTIVE' },
    { poolId: u.pool, cadreId: si.id, status: 'NOMINATED' },
    { poolId: u.otherPool, cadreId: li.id, status: 'EXITED' },
  ]);
  org = await t.login((await buildUser(db, { roles: ['org_dept'], unitId: root.id })).username);
  unitAdmin = await t.login((await buildUser(db, { roles: ['unit_admin'], unitId: a.id })).username);
});
afterAll(() => t.close());

/** The names a search answers, sorted, within the test's county. */
async function names(query: string, session = org): Promise<string[]> {
  const within = query.includes('unitId=') ? '' : `unitId=${u.root}&`;
  const page = ok<Page>(await session.get(`/api/v1/cadres?${within}pageSize=100&${query}`));
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.name).sort();
}

describe('GET /api/v1/cadres: each filter', () => {
  it('searches names by contained text, case-insensitive', async () => {
    expect(await names('keyword=小明')).toEqual(['王小明']);
    expect(await names('keyword=wang')).toEqual(['Wang Li']);
    expect(await names('keyword=明')).toEqual(['王大明', '王小明']);
    expect(await names('keyword=%25')).toEqual([]);
  });

  it('takes the unit with its subunits by default, or the unit alone', async () => {
    expect(await names(`unitId=${u.a}`)).toEqual(['Wang Li', '李四', '王小明']);
    const alone = ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.a}&includeSubunits=false`));
    expect(alone.items.map((i) => i.name).sort()).toEqual(['李四', '王小明']);
  });

  it('filters by several ranks', async () => {
    expect(await names('rank=section_chief,clerk_1')).toEqual(['Wang Li', '王大明', '王小明']);
    expect(await names('rank=clerk_1')).toEqual(['Wang Li']);
  });

  it('counts age in whole years on today: the birthday itself counts', async () => {
    expect(await names('ageMin=36&ageMax=36')).toEqual(['王小明']);
    expect(await names('ageMax=35')).toEqual(['Wang Li']);
    expect(await names('ageMin=50')).toEqual(['王大明']);
  });

  it('counts party and work years the same way; a cadre without the date matches no bound', async () => {
    expect(await names('partyYearsMin=10&partyYearsMax=10')).toEqual(['王小明']);
    expect(await names('partyYearsMax=9')).toEqual([]);
    expect(await names('workYearsMin=12')).toEqual(['王小明']);
    expect(await names('workYearsMax=11')).toEqual(['Wang Li']);
  });

  it('matches education against full-time, in-service or either', async () => {
    expect(await names('education=11')).toEqual(['王小明']);
    expect(await names('education=11&educationKind=fullTime')).toEqual([]);
    expect(await names('education=11&educationKind=inService')).toEqual(['王小明']);
    expect(await names('education=31,21&educationKind=fullTime')).toEqual(['Wang Li', '李四', '王大明', '王小明']);
  });

  it('finds experience (二历) by post title, and by years held in such posts together', async () => {
    expect(await names('experience=乡镇党委书记')).toEqual(['王大明', '王小明']);
    expect(await names('experience=党委书记&experienceYears=3')).toEqual(['王大明', '王小明']);
    expect(await names('experience=党委书记&experienceYears=4')).toEqual(['王小明']);
    expect(await names('experience=乡镇党委书记&experienceYears=2')).toEqual(['王小明']);
  });

  it('filters by field, specialty and level tags (any of the given)', async () => {
    expect(await names('fieldTags=乡村振兴,数字经济')).toEqual(['王小明']);
    expect(await names('specialtyTags=财务')).toEqual(['Wang Li']);
    expect(await names('levelTag=处级,科级')).toEqual(['李四', '王小明']);
  });

  it('filters by active talent-pool membership, in a pool or any', async () => {
    expect(await names('pool=any')).toEqual(['王大明']);
    expect(await names(`pool=${u.pool}`)).toEqual(['王大明']);
    expect(await names(`pool=${u.otherPool}`)).toEqual([]);
  });

  it('screens promotion on today: a running bar or a BASIC grade last year excludes, a revoked measure does not', async () => {
    expect(await names('promotable=true')).toEqual(['李四', '王小明']);
    expect(await names('promotable=false')).toEqual(['Wang Li', '王大明']);
  });
});

describe('GET /api/v1/cadres: together, sorted, scoped', () => {
  it('combines filters with AND', async () => {
    expect(await names(`unitId=${u.a}&ageMin=30&promotable=true`)).toEqual(['李四', '王小明']);
    expect(await names(`unitId=${u.a}&ageMin=30&promotable=true&keyword=王`)).toEqual(['王小明']);
    expect(await names('keyword=王&rank=section_chief&experience=书记&promotable=false')).toEqual(['王大明']);
  });

  it('sorts on a whitelisted column either way, with stable pages', async () => {
    const asc = ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}&sortField=birthDate`)).items.map((i) => i.birthDate);
    expect(asc).toEqual(['1970-01-01', '1985-06-01', '1990-03-02', '1990-03-03']);
    const desc = ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}&sortField=birthDate&sortOrder=descend`)).items.map((i) => i.birthDate);
    expect(desc).toEqual([...asc].reverse());
    const paged = [];
    for (const page of [1, 2, 3, 4]) {
      paged.push(...ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}&sortField=rank&page=${page}&pageSize=1`)).items.map((i) => i.id));
    }
    expect(new Set(paged).size).toBe(4);
    // The roster's own order, page by page, is the whole list's order cut in pieces, across units.
    const whole = ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}`)).items.map((i) => i.id);
    const pieces = [];
    for (const page of [1, 2, 3, 4, 5])
      pieces.push(...ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}&page=${page}&pageSize=1`)).items.map((i) => i.id));
    expect(pieces).toEqual(whole);
    expect(ok<Page>(await org.get(`/api/v1/cadres?unitId=${u.root}&page=3&pageSize=2`))).toMatchObject({ items: [], total: 4 });
    expectError(await org.get('/api/v1/cadres?sortField=idNumberEnc'), 400, 'VALIDATION_FAILED');
  });

  it('names every bad field at once', async () => {
    const shapes = await org.get('/api/v1/cadres?partyYearsMin=-1&promotable=maybe&rank=&educationKind=both');
    expectError(shapes, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(shapes).sort()).toEqual(['querystring.educationKind', 'querystring.partyYearsMin', 'querystring.promotable', 'querystring.rank.0']);
    const ranges = await org.get('/api/v1/cadres?ageMin=40&ageMax=30&workYearsMin=5&workYearsMax=4&experienceYears=3');
    expect(expectError(ranges, 400, 'VALIDATION_FAILED').message).toMatch(/年龄下限不能大于上限/);
    expect(fieldPaths(ranges).sort()).toEqual([
      'querystring.ageMax',
      'querystring.ageMin',
      'querystring.experienceYears',
      'querystring.workYearsMax',
      'querystring.workYearsMin',
    ]);
  });

  it("keeps a unit administrator to its own unit; another unit's id answers an empty page", async () => {
    const own = ok<Page>(await unitAdmin.get('/api/v1/cadres?pageSize=100'));
    expect(own.items.map((i) => i.name).sort()).toEqual(['李四', '王小明']);
    expect(ok<Page>(await unitAdmin.get(`/api/v1/cadres?unitId=${u.b}`))).toEqual({ items: [], total: 0, totalExact: true });
    expect(await names('promotable=false', unitAdmin)).toEqual([]);
  });
});

describe('GET /api/v1/cadres: a long list (ADR 0011)', () => {
  const long: Record<string, string> = {};

  beforeAll(async () => {
    const db = t.database.db;
    const root = await buildUnit(db, { name: '长名单县' });
    const units = [];
    for (const name of ['丙局', '丁局', '戊局']) units.push(await buildUnit(db, { parent: root, name }));
    long.root = root.id;
    // Thirty cadres, ten a unit, written in an order that is neither the units' nor the names'.
    for (let i = 0; i < 30; i++) {
      const unit = units[(i * 7) % 3] as { id: string };
      await buildCadre(db, { unitId: unit.id, name: `干部${String((i * 11) % 30).padStart(2, '0')}`, birthDate: '1988-01-01' });
    }
  });

  it('counts only ten pages ahead, and pages unit by unit in the same order as the whole list', async () => {
    const whole = ok<Page>(await org.get(`/api/v1/cadres?unitId=${long.root}&pageSize=100`));
    expect(whole).toMatchObject({ total: 30, totalExact: true });
    // A page of 2 counts up to 20 matches ahead: one more than that says "more".
    const first = ok<Page>(await org.get(`/api/v1/cadres?unitId=${long.root}&pageSize=2`));
    expect(first).toMatchObject({ total: 21, totalExact: false });
    const pieces = [];
    for (let page = 1; page <= 15; page++) {
      pieces.push(...ok<Page>(await org.get(`/api/v1/cadres?unitId=${long.root}&page=${page}&pageSize=2`)).items.map((i) => `${i.unitName}/${i.name}`));
    }
    expect(pieces).toEqual(whole.items.map((i) => `${i.unitName}/${i.name}`));
    // Within a unit by name; the units in the tree's order.
    const ofFirstUnit = whole.items.slice(0, 10);
    expect(ofFirstUnit.map((i) => i.name)).toEqual(ofFirstUnit.map((i) => i.name).sort());
    expect(new Set(ofFirstUnit.map((i) => i.unitName)).size).toBe(1);
    // Deep in the list the count reaches the end and is exact again.
    expect(ok<Page>(await org.get(`/api/v1/cadres?unitId=${long.root}&page=6&pageSize=2`))).toMatchObject({ total: 30, totalExact: true });
  });

  it('answers the exact number on request, inside the scope, with the same filters', async () => {
    expect(ok<{ total: number }>(await org.get(`/api/v1/cadres/count?unitId=${long.root}`))).toEqual({ total: 30 });
    expect(ok<{ total: number }>(await org.get(`/api/v1/cadres/count?unitId=${long.root}&keyword=干部0`))).toEqual({ total: 10 });
    expect(ok<{ total: number }>(await unitAdmin.get(`/api/v1/cadres/count?unitId=${long.root}`))).toEqual({ total: 0 });
    expect(ok<{ total: number }>(await unitAdmin.get('/api/v1/cadres/count'))).toEqual({ total: 2 });
    expectError(await org.get('/api/v1/cadres/count?ageMin=50&ageMax=40'), 400, 'VALIDATION_FAILED');
  });
});
