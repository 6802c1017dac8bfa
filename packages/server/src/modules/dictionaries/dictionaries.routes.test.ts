import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

interface Item {
  value: string;
  label: string;
  sortOrder: number;
  color: string | null;
  disabled: boolean;
}
interface Dictionary {
  code: string;
  name: string;
  items: Item[];
}

let t: TestApp;
let admin: Session;

const dictionary = async (code: string) => ok<Dictionary[]>(await admin.get('/api/v1/dictionaries')).find((d) => d.code === code) as Dictionary;
const item = (value: string, label: string, sortOrder: number): Item => ({ value, label, sortOrder, color: null, disabled: false });

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
});
afterAll(() => t.close());

describe('dictionaries', () => {
  it('ships the six code lists, with all 56 ethnic groups in GB 3304 order', async () => {
    const all = ok<Dictionary[]>(await admin.get('/api/v1/dictionaries'));
    expect(all.map((d) => d.code).sort()).toEqual(['education', 'ethnicity', 'gender', 'political_status', 'rank_level', 'unit_type']);
    const ethnicity = all.find((d) => d.code === 'ethnicity') as Dictionary;
    expect(ethnicity.name).toBe('民族');
    expect(ethnicity.items).toHaveLength(56);
    expect(new Set(ethnicity.items.map((i) => i.value)).size).toBe(56);
    expect(ethnicity.items[0]).toMatchObject({ value: '01', label: '汉族', disabled: false });
    expect(ethnicity.items[55]).toMatchObject({ value: '56', label: '基诺族' });
    expect((all.find((d) => d.code === 'gender') as Dictionary).items.map((i) => i.label)).toEqual(['男', '女']);
  });

  it('replaces the items of a dictionary and answers with the new list', async () => {
    const items = [item('1', '男', 1), item('2', '女', 2), { ...item('9', '未说明的性别', 3), disabled: true, color: 'gray' }];
    const saved = ok<Dictionary>(await admin.put('/api/v1/dictionaries/gender', { items }));
    expect(saved.items).toEqual(items);
    expect((await dictionary('gender')).items).toEqual(items);
  });

  it('refuses duplicate values with 400 naming each repeated row, and keeps the old items', async () => {
    const before = await dictionary('education');
    const items = [item('11', '博士', 1), item('21', '本科', 2), item('11', '博士（重复）', 3), item('21', '本科（重复）', 4)];
    const res = await admin.put('/api/v1/dictionaries/education', { items });
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['items.2.value', 'items.3.value']);
    expect(body.message).toContain('第 1 行');
    expect(await dictionary('education')).toEqual(before);
  });

  it('names every malformed item field in one 400', async () => {
    const res = await admin.put('/api/v1/dictionaries/education', { items: [item('', '博士', 1), { ...item('21', '', 2), sortOrder: -1 }] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['items.0.value', 'items.1.label', 'items.1.sortOrder']);
  });

  it('answers 404 for an unknown dictionary code', async () => {
    expectError(await admin.put('/api/v1/dictionaries/no_such_code', { items: [] }), 404, 'NOT_FOUND');
  });

  it('requires dict.write to edit (403 FORBIDDEN), while anyone signed in may read', async () => {
    const orgDept = await t.login((await buildUser(t.database.db, { roles: ['org_dept'] })).username);
    const before = await dictionary('political_status');
    expectError(await orgDept.put('/api/v1/dictionaries/political_status', { items: [item('01', '改', 1)] }), 403, 'FORBIDDEN');
    expect(await dictionary('political_status')).toEqual(before);
    expect(ok<Dictionary[]>(await orgDept.get('/api/v1/dictionaries'))).toHaveLength(6);
  });
});
