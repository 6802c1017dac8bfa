import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { createFieldCipher } from '../../platform/crypto/sm';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, TEST_FIELD_KEY, type TestApp } from '../../test/test-app';
import { roleGrants } from '../org';
import { cadres } from './cadres.tables';
import { fillIdNumberMasks } from './id-number.service';

/*
 * The cadre registry's profile (DOMAIN.md §2 cadre) and its ID number (GB 11643-1999): stored encrypted, shown masked,
 * revealed only with cadre.id_number and then audited. Every ID number here is synthetic, on the region 990101 that
 * no real region has, with its check character computed by the algorithm.
 */

type Cadre = { id: string; version: number; idNumberMasked: string | null; unitId: string } & Record<string, unknown>;
type Page = { items: Cadre[]; total: number };

const idFor = (birthDate: string, sequence: string) => {
  const first17 = `990101${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
};

let t: TestApp;
let county: County;
let orgDept: Session;
let unitAdmin: Session;
let leader: Session;
const w: Record<string, { id: string; username?: string }> = {};
let seq = 100;

/** A complete, consistent profile for a man born 1980-01-01 in unit A, with a fresh ID number. */
function profile(overrides: Record<string, unknown> = {}) {
  seq += 2;
  return {
    name: '张测试',
    gender: '1',
    ethnicity: '01',
    birthDate: '1980-01-01',
    idNumber: idFor('1980-01-01', String(seq + 1)),
    nativePlace: '浙江杭州',
    politicalStatus: '01',
    partyJoinedOn: '2002-07-01',
    workStartedOn: '2002-08-01',
    education: '21',
    fullTimeDegree: '文学学士',
    fullTimeSchool: '示范大学',
    fullTimeMajor: '汉语言文学',
    unitId: w.a?.id,
    post: '科员',
    rank: 'clerk_1',
    phone: '13800000000',
    fieldTags: ['乡村振兴', '乡村振兴'],
    specialtyTags: ['财务'],
    levelTag: '科级',
    ...overrides,
  };
}

const auditRows = (entityId: string, action: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const { a, b } = county;
  ({ orgDept, unitAdminA: unitAdmin } = county);
  // The leader role may see full ID numbers of its own unit only: the permission's scope decides, not the role.
  await db.insert(roleGrants).values({ roleCode: 'unit_leader', permission: 'cadre.id_number', scope: 'unit' });
  Object.assign(w, {
    a,
    b,
    legacyA: await buildCadre(db, { unitId: a.id, name: '甲旧档' }),
    leaderA: await buildUser(db, { roles: ['unit_leader'], unitId: a.id }),
  });
  leader = await t.login(String(w.leaderA?.username));
});
afterAll(() => t.close());

describe('POST /api/v1/cadres', () => {
  it('creates the full profile, answers the number masked, and stores only ciphertext and a digest', async () => {
    const body = profile();
    const created = ok<Cadre>(await orgDept.post('/api/v1/cadres', body));
    expect(created).toMatchObject({ name: '张测试', unitName: '甲局', version: 1, fieldTags: ['乡村振兴'], partyJoinedOn: '2002-07-01' });
    expect(created.idNumberMasked).toBe(`9****************${body.idNumber.slice(-1)}`);
    expect(created).not.toHaveProperty('idNumber');
    const [row] = await t.database.db.select().from(cadres).where(eq(cadres.id, created.id));
    expect(row?.idNumberEnc).toMatch(/^v1:/);
    expect(row?.idNumberEnc).not.toContain(body.idNumber);
    expect(row?.idNumberDigest).toMatch(/^[0-9a-f]{64}$/);
    const [audit] = await auditRows(created.id, 'cadre.create');
    expect(audit?.changes).toMatchObject({ idNumber: { before: null, after: '***' }, name: { before: null, after: '张测试' } });
    expect(JSON.stringify(audit?.changes)).not.toContain(body.idNumber);
  });

  it('names every problem of a bad ID number, each on idNumber, with its code', async () => {
    const badFormat = await orgDept.post('/api/v1/cadres', profile({ idNumber: '99010119800101001' }));
    expect(expectError(badFormat, 400, 'VALIDATION_FAILED').details).toMatchObject({ idNumberProblems: ['BAD_FORMAT'] });
    expect(fieldPaths(badFormat)).toEqual(['idNumber']);

    // A woman born 1980-01-02, given a man's number of 1980-01-01 with its last character mistyped.
    const right = idFor('1980-01-01', '013');
    const mistyped = right.slice(0, 17) + (right[17] === '0' ? '1' : '0');
    const res = await orgDept.post('/api/v1/cadres', profile({ idNumber: mistyped, gender: '2', birthDate: '1980-01-02' }));
    const error = expectError(res, 400, 'VALIDATION_FAILED');
    expect(error.details?.idNumberProblems).toEqual(['BAD_CHECK_DIGIT', 'BIRTH_DATE_MISMATCH', 'GENDER_MISMATCH']);
    expect(fieldPaths(res)).toEqual(['idNumber', 'idNumber', 'idNumber']);
    expect(error.details?.fields?.map((f) => f.message).join()).toMatch(/校验码.*出生日期.*性别/);

    const badDate = idFor('1980-02-30', '015');
    expect(expectError(await orgDept.post('/api/v1/cadres', profile({ idNumber: badDate })), 400, 'VALIDATION_FAILED').details?.idNumberProblems).toEqual([
      'BAD_BIRTH_DATE',
    ]);
  });

  it('refuses party-join before 18, work-start before 16 and unknown dictionary codes, naming every field at once', async () => {
    const res = await orgDept.post(
      '/api/v1/cadres',
      profile({ partyJoinedOn: '1997-12-31', workStartedOn: '1995-12-31', ethnicity: '99', rank: 'no_such_rank', inServiceEducation: 'x' }),
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['ethnicity', 'inServiceEducation', 'partyJoinedOn', 'rank', 'workStartedOn']);
    // On the day itself both are allowed.
    ok(await orgDept.post('/api/v1/cadres', profile({ partyJoinedOn: '1998-01-01', workStartedOn: '1996-01-01' })));
  });

  it('refuses a number already registered (409 naming idNumber), also typed with a lower-case x', async () => {
    const withX = '99010119880808003X';
    expect(withX.slice(-1)).toBe(idNumberCheckCharacter(withX.slice(0, 17)));
    ok(await orgDept.post('/api/v1/cadres', profile({ birthDate: '1988-08-08', idNumber: withX, partyJoinedOn: null, workStartedOn: null })));
    const again = await orgDept.post(
      '/api/v1/cadres',
      profile({ birthDate: '1988-08-08', idNumber: ' 99010119880808003x ', partyJoinedOn: null, workStartedOn: null }),
    );
    expectError(again, 409, 'DUPLICATE');
    expect(fieldPaths(again)).toEqual(['idNumber']);
  });

  it('lets only one of two racing creates with the same number through; the other is the same 409 naming idNumber', async () => {
    const body = profile();
    const answers = await Promise.all([orgDept.post('/api/v1/cadres', body), orgDept.post('/api/v1/cadres', body)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(fieldPaths(answers.find((r) => r.statusCode === 409) as (typeof answers)[number])).toEqual(['idNumber']);
  });

  it('lets a unit administrator create in its own unit only (400 naming unitId elsewhere)', async () => {
    const elsewhere = await unitAdmin.post('/api/v1/cadres', profile({ unitId: w.b?.id }));
    expectError(elsewhere, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(elsewhere)).toEqual(['unitId']);
    ok(await unitAdmin.post('/api/v1/cadres', profile()));
    expectError(await leader.post('/api/v1/cadres', profile()), 403, 'FORBIDDEN');
  });
});

describe('reading: masked for everyone, the full number only with cadre.id_number', () => {
  let inA: Cadre;
  let inB: Cadre;
  let number: string;
  beforeAll(async () => {
    const body = profile();
    number = body.idNumber;
    inA = ok<Cadre>(await orgDept.post('/api/v1/cadres', body));
    inB = ok<Cadre>(await orgDept.post('/api/v1/cadres', profile({ unitId: w.b?.id, name: '乙测试' })));
  });

  it('shows the masked number in the list and the detail, never the full one', async () => {
    const list = await unitAdmin.get(`/api/v1/cadres?unitId=${w.a?.id}&pageSize=100`);
    const item = ok<Page>(list).items.find((c) => c.id === inA.id);
    expect(item?.idNumberMasked).toBe(`9****************${number.slice(-1)}`);
    expect(list.body).not.toContain(number);
    // A record from before the registry kept ID numbers has none, and the foundation's fields are all still there.
    expect(ok<Page>(list).items.find((c) => c.id === w.legacyA?.id)).toMatchObject({ idNumberMasked: null, post: '科员', phone: '' });
    const detail = await unitAdmin.get(`/api/v1/cadres/${inA.id}`);
    expect(ok<Cadre>(detail)).toMatchObject({ idNumberMasked: inA.idNumberMasked, fullTimeSchool: '示范大学' });
    expect(detail.body).not.toContain(number);
  });

  it('fills the masked form of a number stored before it was kept (migration 0004) from the ciphertext', async () => {
    await t.database.db.update(cadres).set({ idNumberMasked: null }).where(eq(cadres.id, inA.id));
    const versionBefore = ok<Cadre>(await orgDept.get(`/api/v1/cadres/${inA.id}`)).version;
    expect(await fillIdNumberMasks(t.database.db, createFieldCipher(TEST_FIELD_KEY))).toBeGreaterThanOrEqual(1);
    const after = ok<Cadre>(await orgDept.get(`/api/v1/cadres/${inA.id}`));
    expect(after).toMatchObject({ idNumberMasked: `9****************${number.slice(-1)}`, version: versionBefore });
    expect(await fillIdNumberMasks(t.database.db, createFieldCipher(TEST_FIELD_KEY))).toBe(0);
  });

  it('finds a cadre by the whole ID number typed as the keyword', async () => {
    expect(ok<Page>(await orgDept.get(`/api/v1/cadres?keyword=${number}`)).items.map((c) => c.id)).toEqual([inA.id]);
  });

  it('reveals the full number to cadre.id_number within its scope and writes cadre.read_id_number to the audit log', async () => {
    const res = await leader.get(`/api/v1/cadres/${inA.id}/id-number`);
    expect(ok(res)).toEqual({ idNumber: number });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(ok(await orgDept.get(`/api/v1/cadres/${inA.id}/id-number`))).toEqual({ idNumber: number });
    const reads = await auditRows(inA.id, 'cadre.read_id_number');
    expect(reads).toHaveLength(2);
    expect(reads.map((r) => r.actorId).sort()).toEqual([w.leaderA?.id, county.users.orgDept.id].sort());
    expect(JSON.stringify(reads)).not.toContain(number);
  });

  it('answers 403 without the permission and 404 outside its scope, logging no read', async () => {
    expectError(await unitAdmin.get(`/api/v1/cadres/${inA.id}/id-number`), 403, 'FORBIDDEN');
    expectError(await leader.get(`/api/v1/cadres/${inB.id}/id-number`), 404, 'NOT_FOUND');
    expect(await auditRows(inB.id, 'cadre.read_id_number')).toHaveLength(0);
  });

  it('answers 404 for a cadre of another unit by id, on every route, and changes nothing', async () => {
    const [before] = await t.database.db.select().from(cadres).where(eq(cadres.id, inB.id));
    expectError(await unitAdmin.get(`/api/v1/cadres/${inB.id}`), 404, 'NOT_FOUND');
    expectError(await unitAdmin.patch(`/api/v1/cadres/${inB.id}`, { phone: '13900000000', version: 1 }), 404, 'NOT_FOUND');
    expectError(await unitAdmin.get(`/api/v1/cadres/${inB.id}/posts`), 404, 'NOT_FOUND');
    const [after] = await t.database.db.select().from(cadres).where(eq(cadres.id, inB.id));
    expect(after).toEqual(before);
  });
});

describe('PATCH /api/v1/cadres/:id', () => {
  it('changes the profile, audits the ID number only as ***, and refuses the stale version with 409', async () => {
    const created = ok<Cadre>(await orgDept.post('/api/v1/cadres', profile()));
    const next = idFor('1980-01-01', '091');
    const saved = ok<Cadre>(await orgDept.patch(`/api/v1/cadres/${created.id}`, { idNumber: next, nativePlace: '江苏南京', version: 1 }));
    expect(saved).toMatchObject({ version: 2, nativePlace: '江苏南京', idNumberMasked: `9****************${next.slice(-1)}` });
    const [audit] = await auditRows(created.id, 'cadre.update');
    expect(audit?.changes).toEqual({ idNumber: { before: '***', after: '***' }, nativePlace: { before: '浙江杭州', after: '江苏南京' } });
    expectError(await orgDept.patch(`/api/v1/cadres/${created.id}`, { phone: '13900000000', version: 1 }), 409, 'VERSION_CONFLICT');
    // Typing the same number again is no change at all.
    ok(await orgDept.patch(`/api/v1/cadres/${created.id}`, { idNumber: next, version: 2 }));
    const [last] = (await auditRows(created.id, 'cadre.update')).sort((x, y) => y.seq - x.seq);
    expect(last?.changes).toEqual({});
  });

  it("refuses another cadre's number (409) and a birth date or gender that disagrees with the stored number", async () => {
    const first = ok<Cadre>(await orgDept.post('/api/v1/cadres', profile()));
    const secondBody = profile();
    ok(await orgDept.post('/api/v1/cadres', secondBody));
    const dup = await orgDept.patch(`/api/v1/cadres/${first.id}`, { idNumber: secondBody.idNumber, version: 1 });
    expectError(dup, 409, 'DUPLICATE');
    expect(fieldPaths(dup)).toEqual(['idNumber']);
    const moved = await orgDept.patch(`/api/v1/cadres/${first.id}`, { birthDate: '1981-01-01', gender: '2', version: 1 });
    expectError(moved, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(moved)).toEqual(['birthDate', 'gender']);
    const tooYoung = await orgDept.patch(`/api/v1/cadres/${first.id}`, { partyJoinedOn: '1990-01-01', version: 1 });
    expect(fieldPaths(tooYoung)).toEqual(['partyJoinedOn']);
  });

  it("still takes the foundation's partial update on a record without an ID number, and moves only within scope", async () => {
    const legacy = String(w.legacyA?.id);
    ok(await unitAdmin.patch(`/api/v1/cadres/${legacy}`, { post: '副局长', version: 1 }));
    const move = await unitAdmin.patch(`/api/v1/cadres/${legacy}`, { unitId: w.b?.id, version: 2 });
    expect(fieldPaths(move)).toEqual(['unitId']);
    ok(await unitAdmin.patch(`/api/v1/cadres/${legacy}`, { gender: '2', birthDate: '1985-06-02', version: 2 }));
  });
});

describe('the contract', () => {
  it('documents the new routes in the OpenAPI document', async () => {
    const doc = ok<{ paths: Record<string, unknown> }>(await orgDept.get('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/cadres/{id}/id-number', '/api/v1/cadres/{id}/posts', '/api/v1/posts/{id}']));
  });
});
