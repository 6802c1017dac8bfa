import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables';
import { buildCounty, signInNewUser } from '../../../test/county';
import { buildCadre } from '../../../test/factories';
import { expectError, fieldPaths, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';

/*
 * The annual grades register (DOMAIN.md §4): entry and correction with optimistic locking, the check against the
 * year's measure effects, the data scope, and promotion screening reading last year's grade. The test clock stands at
 * 2026-03-02 in Beijing, so "last year" is 2025.
 */

type Grade = { id: string; year: number; grade: string; note: string; version: number; sourceType: string };
type Impact = { promotion: { eligible: boolean; reasons: Array<{ code: string; rule: string; text: string }> } };

let t: TestApp;
let org: Session;
let unitAdminA: Session;
let selfSession: Session;
const w: Record<string, { id: string }> = {};
const decision = { decidingBody: '县纪委监委', documentNo: '县纪发〔2026〕3号' };

const put = (s: Session, cadreId: string | undefined, year: number, body: Record<string, unknown>) =>
  s.put(`/api/v1/cadres/${cadreId}/annual-grades/${year}`, body);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { a, b, ...county } = await buildCounty(t);
  ({ orgDept: org, unitAdminA } = county);
  Object.assign(w, {
    plain: await buildCadre(db, { unitId: a.id, name: '甲平' }),
    warned: await buildCadre(db, { unitId: a.id, name: '甲警' }),
    basic: await buildCadre(db, { unitId: a.id, name: '甲基' }),
    other: await buildCadre(db, { unitId: b.id, name: '乙一' }),
  });
  selfSession = await signInNewUser(t, { roles: ['cadre'], unitId: a.id, cadreId: w.basic?.id });
});
afterAll(() => t.close());

describe('entering and correcting a grade', () => {
  it('creates a year without version, lists it, and audits it', async () => {
    const g = ok<Grade>(await put(org, w.plain?.id, 2025, { grade: 'EXCELLENT', note: '年度考核优秀' }));
    expect(g).toMatchObject({ year: 2025, grade: 'EXCELLENT', note: '年度考核优秀', version: 1, sourceType: 'MANUAL' });
    ok(await put(org, w.plain?.id, 2024, { grade: 'COMPETENT' }));
    const list = ok<Grade[]>(await org.get(`/api/v1/cadres/${w.plain?.id}/annual-grades`));
    expect(list.map((x) => [x.year, x.grade])).toEqual([
      [2025, 'EXCELLENT'],
      [2024, 'COMPETENT'],
    ]);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'grade.create'), eq(auditLog.entityId, g.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.changes).toMatchObject({ grade: { before: null, after: 'EXCELLENT' } });
  });

  it('corrects with the version read; a stale version or a second create answers 409', async () => {
    const [current] = ok<Grade[]>(await org.get(`/api/v1/cadres/${w.plain?.id}/annual-grades`));
    const corrected = ok<Grade>(await put(org, w.plain?.id, 2025, { grade: 'COMPETENT', version: current?.version }));
    expect(corrected).toMatchObject({ grade: 'COMPETENT', version: 2 });
    expectError(await put(org, w.plain?.id, 2025, { grade: 'BASIC', version: current?.version }), 409, 'VERSION_CONFLICT');
    expectError(await put(org, w.plain?.id, 2025, { grade: 'BASIC' }), 409, 'VERSION_CONFLICT');
    expectError(await put(org, w.plain?.id, 2023, { grade: 'BASIC', version: 1 }), 409, 'VERSION_CONFLICT');
  });

  it('names every bad field, refuses a year still to come, and an unknown field', async () => {
    const bad = await put(org, w.plain?.id, 2025, { grade: 'GOOD', note: 'x'.repeat(501), version: 0 });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['grade', 'note', 'version']);
    const future = await put(org, w.plain?.id, 2027, { grade: 'COMPETENT' });
    expect(expectError(future, 400, 'VALIDATION_FAILED').message).toContain('2027 年度尚未到来');
    expect(expectError(await put(org, w.plain?.id, 2025, { grade: 'COMPETENT', extra: 1 }), 400, 'VALIDATION_FAILED').message).toContain('extra');
    expectError(await org.put(`/api/v1/cadres/${w.plain?.id}/annual-grades/abc`, { grade: 'COMPETENT' }), 400, 'VALIDATION_FAILED');
  });
});

describe('consistency with the measures (DOMAIN.md §4 annual-grade effects)', () => {
  it('refuses 优秀 in the year of a 党内警告, naming the measure and its clause; 称职 is accepted', async () => {
    ok(await org.post(`/api/v1/cadres/${w.warned?.id}/measures`, { ...decision, code: 'PARTY_WARNING', effectiveOn: '2025-05-10' }));
    const refused = await put(org, w.warned?.id, 2025, { grade: 'EXCELLENT' });
    const body = expectError(refused, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(refused)).toEqual(['grade']);
    expect(body.message).toContain('2025 年度不得确定为优秀');
    expect(body.message).toContain('党内警告');
    expect(body.message).toContain('1998 意见');
    expect(body.details?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PARTY_WARNING' })]));
    ok(await put(org, w.warned?.id, 2025, { grade: 'COMPETENT' }));
    // The effect is for Y only: the next year may be 优秀.
    ok(await put(org, w.warned?.id, 2026, { grade: 'EXCELLENT' }));
  });

  it('a 记过 leaves only 不定等次 for its year', async () => {
    ok(await org.post(`/api/v1/cadres/${w.warned?.id}/measures`, { ...decision, code: 'GOV_DEMERIT', effectiveOn: '2024-03-01' }));
    expect(expectError(await put(org, w.warned?.id, 2024, { grade: 'COMPETENT' }), 400, 'VALIDATION_FAILED').message).toContain('只写评语、不定等次');
    ok(await put(org, w.warned?.id, 2024, { grade: 'UNGRADED', note: '受记过处分，只写评语' }));
  });
});

describe('data scope', () => {
  it('a unit administrator reads grades of their own unit, may not write them, and gets 404 for another unit', async () => {
    expect(ok<Grade[]>(await unitAdminA.get(`/api/v1/cadres/${w.plain?.id}/annual-grades`))).toHaveLength(2);
    expectError(await put(unitAdminA, w.plain?.id, 2023, { grade: 'COMPETENT' }), 403, 'FORBIDDEN');
    expectError(await unitAdminA.get(`/api/v1/cadres/${w.other?.id}/annual-grades`), 404, 'NOT_FOUND');
  });

  it('a cadre reads only their own grades', async () => {
    expect(ok<Grade[]>(await selfSession.get(`/api/v1/cadres/${w.basic?.id}/annual-grades`))).toEqual([]);
    expectError(await selfSession.get(`/api/v1/cadres/${w.plain?.id}/annual-grades`), 404, 'NOT_FOUND');
  });

  it('org_dept writing a grade for an unknown cadre gets 404', async () => {
    expectError(await put(org, crypto.randomUUID(), 2025, { grade: 'COMPETENT' }), 404, 'NOT_FOUND');
  });
});

describe('impact panel reads last year’s grade (干部任用条例第二十四条)', () => {
  it('基本称职 in 2025 makes the cadre not eligible in 2026 with the reason; a 2024 基本称职 does not', async () => {
    const impact = (asOf?: string) => org.get(`/api/v1/cadres/${w.basic?.id}/impact${asOf ? `?asOf=${asOf}` : ''}`);
    expect(ok<Impact>(await impact()).promotion.eligible).toBe(true);
    ok(await put(org, w.basic?.id, 2024, { grade: 'BASIC' }));
    expect(ok<Impact>(await impact()).promotion.eligible).toBe(true);
    ok(await put(org, w.basic?.id, 2025, { grade: 'BASIC' }));
    const now = ok<Impact>(await impact());
    expect(now.promotion.eligible).toBe(false);
    expect(now.promotion.reasons).toEqual([expect.objectContaining({ code: 'LAST_YEAR_GRADE', rule: '党政领导干部选拔任用工作条例（2019）第二十四条' })]);
    expect(now.promotion.reasons[0]?.text).toContain('基本称职');
    // In 2025 the year before was 2024, also 基本称职; in 2027 the year before (2026) has no grade.
    expect(ok<Impact>(await impact('2025-06-01')).promotion.eligible).toBe(false);
    expect(ok<Impact>(await impact('2027-06-01')).promotion.eligible).toBe(true);
  });

  it('不定等次 last year does not bar promotion', async () => {
    const impact = ok<Impact>(await org.get(`/api/v1/cadres/${w.warned?.id}/impact?asOf=2025-01-15`));
    // 2024 is 不定等次; the bars of the 2024 记过 (to 2025-03-01) still run, and no grade reason is added.
    expect(impact.promotion.reasons.map((r) => r.code)).toEqual(['GOV_DEMERIT']);
  });
});
