import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

interface PolicyDocument {
  quota: { excellentPercent: number; [k: string]: unknown };
  tolerance: { limits: { acceptanceWorkdays: number; [k: string]: unknown }; [k: string]: unknown };
  notice: { defaultWorkdays: number };
  [k: string]: unknown;
}
interface Policy {
  id: string;
  code: string;
  versionNo: number;
  name: string;
  status: 'draft' | 'active' | 'retired';
  effectiveFrom: string | null;
  basedOnId: string | null;
  version: number;
  document: PolicyDocument;
}

let t: TestApp;
let admin: Session;
let national: Policy;
let draft: Policy;

const get = async (id: string) => ok<Policy>(await admin.get(`/api/v1/policies/${id}`));
const effective = async (date: string) => ok<Policy>(await admin.get(`/api/v1/policies/effective?date=${date}`));
/** A deep copy of a document with some changes applied. */
const edited = (doc: PolicyDocument, change: (d: PolicyDocument) => void) => {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
});
afterAll(() => t.close());

describe('policy versions', () => {
  it('ships the CN-national policy as an active version in force from the start', async () => {
    const list = ok<Policy[]>(await admin.get('/api/v1/policies'));
    expect(list).toHaveLength(1);
    national = await get((list[0] as Policy).id);
    expect(national).toMatchObject({ code: 'CN-national', versionNo: 1, status: 'active', basedOnId: null });
    expect(national.document.quota.excellentPercent).toBe(20);
    expect((await effective('2026-03-02')).id).toBe(national.id);
  });

  it('clones a version into a new draft with the next version number and the same document', async () => {
    draft = ok<Policy>(await admin.post(`/api/v1/policies/${national.id}/clone`, { name: '示例县政策' }));
    expect(draft).toMatchObject({
      code: 'CN-national',
      versionNo: 2,
      status: 'draft',
      name: '示例县政策',
      basedOnId: national.id,
      effectiveFrom: null,
      version: 1,
    });
    expect(draft.document).toEqual(national.document);
  });

  it('refuses an invalid document with 400 listing every bad path, and saves nothing', async () => {
    const document = edited(draft.document, (d) => {
      d.quota.excellentPercent = 150;
      d.tolerance.limits.acceptanceWorkdays = -1;
      d.notice.defaultWorkdays = 0;
    });
    const res = await admin.put(`/api/v1/policies/${draft.id}`, { name: '坏的', document, version: draft.version });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(new Set(fieldPaths(res))).toEqual(
      new Set(['document.quota.excellentPercent', 'document.tolerance.limits.acceptanceWorkdays', 'document.notice.defaultWorkdays']),
    );
    expect(await get(draft.id)).toMatchObject({ name: '示例县政策', version: draft.version, document: draft.document });

    const check = ok<{ valid: boolean; issues: Array<{ path: string }> }>(await admin.post(`/api/v1/policies/${draft.id}/validate`, { document }));
    expect(check.valid).toBe(false);
    expect(check.issues.map((i) => i.path)).toEqual(expect.arrayContaining(fieldPaths(res)));
  });

  it('saves a valid draft, bumping its version, and refuses a stale version', async () => {
    const document = edited(draft.document, (d) => {
      d.quota.excellentPercent = 15;
    });
    const saved = ok<Policy>(await admin.put(`/api/v1/policies/${draft.id}`, { name: '示例县政策（15%）', document, version: draft.version }));
    expect(saved).toMatchObject({ status: 'draft', name: '示例县政策（15%）', version: draft.version + 1 });
    expect(saved.document.quota.excellentPercent).toBe(15);
    expectError(await admin.put(`/api/v1/policies/${draft.id}`, { name: '过期', document, version: draft.version }), 409, 'VERSION_CONFLICT');
    draft = saved;
  });

  it('activates a draft from a date: the effective policy is the new version on and after it, the old one before', async () => {
    expectError(
      await admin.post(`/api/v1/policies/${draft.id}/activate`, { effectiveFrom: '2026-07-01', version: draft.version - 1 }),
      409,
      'VERSION_CONFLICT',
    );
    const active = ok<Policy>(await admin.post(`/api/v1/policies/${draft.id}/activate`, { effectiveFrom: '2026-07-01', version: draft.version }));
    expect(active).toMatchObject({ status: 'active', effectiveFrom: '2026-07-01' });
    const on = await effective('2026-07-01');
    expect(on.id).toBe(draft.id);
    expect(on.document.quota.excellentPercent).toBe(15);
    expect((await effective('2027-01-01')).id).toBe(draft.id);
    const beforeDay = await effective('2026-06-30');
    expect(beforeDay.id).toBe(national.id);
    expect(beforeDay.document.quota.excellentPercent).toBe(20);
    // The old version stays active: cases decided before 2026-07-01 keep being evaluated under it.
    expect((await get(national.id)).status).toBe('active');
    draft = active;
  });

  it('refuses to edit or re-activate a version that is not a draft (409 POLICY_NOT_DRAFT)', async () => {
    for (const p of [draft, national]) {
      const current = await get(p.id);
      expectError(
        await admin.put(`/api/v1/policies/${p.id}`, { name: '改已生效的', document: current.document, version: current.version }),
        409,
        'POLICY_NOT_DRAFT',
      );
      expectError(await admin.post(`/api/v1/policies/${p.id}/activate`, { effectiveFrom: '2030-01-01', version: current.version }), 409, 'POLICY_NOT_DRAFT');
      expect(await get(p.id)).toEqual(current);
    }
  });

  it('lets policy.read holders read but not write (403), and validates the date query', async () => {
    const orgDept = await t.login((await buildUser(t.database.db, { roles: ['org_dept'] })).username);
    expect(ok<Policy>(await orgDept.get('/api/v1/policies/effective?date=2026-07-01')).id).toBe(draft.id);
    expectError(await orgDept.post(`/api/v1/policies/${national.id}/clone`, {}), 403, 'FORBIDDEN');
    expect(ok<Policy[]>(await admin.get('/api/v1/policies'))).toHaveLength(2);
    const bad = await admin.get('/api/v1/policies/effective?date=2026-02-30');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expectError(await admin.get(`/api/v1/policies/${crypto.randomUUID()}`), 404, 'NOT_FOUND');
  });
});
