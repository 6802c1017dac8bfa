import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok, signInSysAdmin } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

interface Unit {
  id: string;
  jurisdictionId: string;
  parentId: string | null;
  name: string;
  code: string;
  path: string;
  childCount: number;
  peopleCount: number;
  version: number;
}

let t: TestApp;
let admin: Session;
let root: Unit;

const create = async (parentId: string | null, code: string, name = `单位${code}`) =>
  ok<Unit>(await admin.post('/api/v1/units', { parentId, name, code, type: 'government' }));
const get = async (id: string) => ok<Unit>(await admin.get(`/api/v1/units/${id}`));

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  // The first root unit on an empty installation founds the jurisdiction; this file's other tests build under it.
  root = await create(null, 'QX', '示例县');
});
afterAll(() => t.close());

describe('unit tree', () => {
  it('founds the jurisdiction with the first root unit, and puts a later root unit in the same jurisdiction', async () => {
    const jurisdictions = ok<Array<{ id: string; code: string; name: string }>>(await admin.get('/api/v1/jurisdictions'));
    expect(jurisdictions).toEqual([expect.objectContaining({ id: root.jurisdictionId, code: 'QX', name: '示例县' })]);
    expect(root).toMatchObject({ parentId: null, path: `/${root.id}/`, version: 1, childCount: 0, peopleCount: 0 });
    const second = await create(null, 'QX2');
    expect(second.jurisdictionId).toBe(root.jurisdictionId);
    expect(ok<unknown[]>(await admin.get('/api/v1/jurisdictions'))).toHaveLength(1);
  });

  it('creates children whose path extends the parent path, and counts them on the parent', async () => {
    const child = await create(root.id, 'C1');
    const grandchild = await create(child.id, 'C1-1');
    expect(child).toMatchObject({ parentId: root.id, path: `${root.path}${child.id}/`, jurisdictionId: root.jurisdictionId });
    expect(grandchild.path).toBe(`${child.path}${grandchild.id}/`);
    expect((await get(child.id)).childCount).toBe(1);
  });

  it('moves a subtree: the unit and every descendant get paths under the new parent', async () => {
    const from = await create(root.id, 'M-FROM');
    const to = await create(root.id, 'M-TO');
    const moving = await create(from.id, 'M-X');
    const child = await create(moving.id, 'M-X-1');
    const grandchild = await create(child.id, 'M-X-1-1');
    const moved = ok<Unit>(await admin.post(`/api/v1/units/${moving.id}/move`, { newParentId: to.id, version: moving.version }));
    expect(moved).toMatchObject({ parentId: to.id, path: `${to.path}${moving.id}/`, version: moving.version + 1 });
    const [c, g] = [await get(child.id), await get(grandchild.id)];
    expect(c.path).toBe(`${to.path}${moving.id}/${child.id}/`);
    expect(g.path).toBe(`${c.path}${grandchild.id}/`);
    for (const u of [moved, c, g]) expect(u.path.startsWith(to.path)).toBe(true);
    expect((await get(from.id)).childCount).toBe(0);
    expect((await get(to.id)).childCount).toBe(1);
  });

  it('refuses to move a unit under itself or under one of its descendants, changing nothing', async () => {
    const top = await create(root.id, 'D-TOP');
    const mid = await create(top.id, 'D-MID');
    const low = await create(mid.id, 'D-LOW');
    expectError(await admin.post(`/api/v1/units/${top.id}/move`, { newParentId: low.id, version: top.version }), 409, 'UNIT_MOVE_INTO_DESCENDANT');
    expectError(await admin.post(`/api/v1/units/${top.id}/move`, { newParentId: top.id, version: top.version }), 409, 'UNIT_MOVE_INTO_DESCENDANT');
    expect(await get(top.id)).toMatchObject({ parentId: root.id, path: top.path, version: top.version });
    expect((await get(low.id)).path).toBe(low.path);
  });

  it('refuses to move a unit under a unit of another jurisdiction, naming newParentId', async () => {
    const unit = await create(root.id, 'J-MOVE');
    const elsewhere = await buildUnit(t.database.db, { name: '另一个县' });
    const res = await admin.post(`/api/v1/units/${unit.id}/move`, { newParentId: elsewhere.id, version: unit.version });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['newParentId']);
    expect(await get(unit.id)).toMatchObject({ parentId: root.id, path: unit.path, jurisdictionId: root.jurisdictionId });
  });

  it('refuses to delete a unit that still has sub-units or people, naming the counts in Chinese', async () => {
    const unit = await create(root.id, 'DEL-FULL', '财政局');
    await create(unit.id, 'DEL-FULL-1');
    await create(unit.id, 'DEL-FULL-2');
    await buildUser(t.database.db, { unitId: unit.id });
    await buildCadre(t.database.db, { unitId: unit.id });
    await buildCadre(t.database.db, { unitId: unit.id });
    const body = expectError(await admin.delete(`/api/v1/units/${unit.id}`), 409, 'UNIT_NOT_EMPTY');
    expect(body.message).toContain('财政局');
    expect(body.message).toContain('2 个下级单位');
    expect(body.message).toContain('3 名人员');
    expect(body.message).toContain('不能删除');
    expect(await get(unit.id)).toMatchObject({ childCount: 2, peopleCount: 3 });

    const onlyPeople = await create(root.id, 'DEL-PEOPLE');
    await buildCadre(t.database.db, { unitId: onlyPeople.id });
    const second = expectError(await admin.delete(`/api/v1/units/${onlyPeople.id}`), 409, 'UNIT_NOT_EMPTY');
    expect(second.message).toContain('1 名人员');
    expect(second.message).not.toContain('下级单位');
  });

  it('deletes an empty unit with 204, after which it is gone', async () => {
    const unit = await create(root.id, 'DEL-EMPTY');
    const res = await admin.delete(`/api/v1/units/${unit.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expectError(await admin.get(`/api/v1/units/${unit.id}`), 404, 'NOT_FOUND');
  });

  it('refuses a duplicate unit code within the jurisdiction on create and on update, naming the field code', async () => {
    await create(root.id, 'DUP');
    const onCreate = await admin.post('/api/v1/units', { parentId: root.id, name: '另一个', code: 'DUP', type: 'government' });
    expectError(onCreate, 409, 'DUPLICATE');
    expect(fieldPaths(onCreate)).toEqual(['code']);
    const other = await create(root.id, 'DUP-OTHER');
    const onUpdate = await admin.patch(`/api/v1/units/${other.id}`, { code: 'DUP', version: other.version });
    expectError(onUpdate, 409, 'DUPLICATE');
    expect(fieldPaths(onUpdate)).toEqual(['code']);
    expect((await get(other.id)).code).toBe('DUP-OTHER');
  });

  it('answers a stale version with 409 VERSION_CONFLICT and keeps the first writer’s change', async () => {
    const unit = await create(root.id, 'VER');
    ok(await admin.patch(`/api/v1/units/${unit.id}`, { name: '第一次修改', version: unit.version }));
    expectError(await admin.patch(`/api/v1/units/${unit.id}`, { name: '过期的修改', version: unit.version }), 409, 'VERSION_CONFLICT');
    expectError(await admin.post(`/api/v1/units/${unit.id}/move`, { newParentId: root.id, version: unit.version }), 409, 'VERSION_CONFLICT');
    expect(await get(unit.id)).toMatchObject({ name: '第一次修改', version: unit.version + 1 });
  });

  it('rejects a bad body with 400, naming every bad field at once', async () => {
    const res = await admin.post('/api/v1/units', { parentId: 'not-a-uuid', name: '', code: '含 空格', type: '', sortOrder: -1 });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['code', 'name', 'parentId', 'sortOrder', 'type']);
    const patch = await admin.patch(`/api/v1/units/${root.id}`, { name: 'x'.repeat(101) });
    expectError(patch, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(patch).sort()).toEqual(['name', 'version']);
  });
});
