import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser } from '../../../test/factories';
import { expectError, fieldPaths, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';

/* 常用查询: saved roster filters, private to their owner, names unique per owner and screen. */

type Saved = { id: string; name: string; filter: Record<string, unknown> };

let t: TestApp;
let alice: Session;
let bob: Session;

beforeAll(async () => {
  t = await createTestApp();
  const unit = await buildUnit(t.database.db);
  alice = await t.login((await buildUser(t.database.db, { roles: ['org_dept'], unitId: unit.id })).username);
  bob = await t.login((await buildUser(t.database.db, { roles: ['org_dept'], unitId: unit.id })).username);
});
afterAll(() => t.close());

describe('/api/v1/saved-filters', () => {
  it('saves a filter (validated like the search), lists it to its owner only, and deletes it', async () => {
    const saved = ok<Saved>(
      await alice.post('/api/v1/saved-filters', { screen: 'cadres', name: '35岁以下可提拔', filter: { ageMax: 35, promotable: true, rank: ['clerk_1'] } }),
    );
    expect(saved.filter).toMatchObject({ ageMax: 35, promotable: true, rank: ['clerk_1'], includeSubunits: true });
    expect(ok<Saved[]>(await alice.get('/api/v1/saved-filters?screen=cadres')).map((s) => s.name)).toEqual(['35岁以下可提拔']);
    expect(ok<Saved[]>(await bob.get('/api/v1/saved-filters?screen=cadres'))).toEqual([]);
    expectError(await bob.delete(`/api/v1/saved-filters/${saved.id}`), 404, 'NOT_FOUND');
    expect(ok<Saved[]>(await alice.get('/api/v1/saved-filters?screen=cadres'))).toHaveLength(1);
    expect((await alice.delete(`/api/v1/saved-filters/${saved.id}`)).statusCode).toBe(204);
    expect(ok<Saved[]>(await alice.get('/api/v1/saved-filters?screen=cadres'))).toEqual([]);
    expectError(await alice.delete(`/api/v1/saved-filters/${saved.id}`), 404, 'NOT_FOUND');
  });

  it('refuses a name the owner already uses on the screen with 409 in Chinese; another user may use it', async () => {
    ok(await alice.post('/api/v1/saved-filters', { screen: 'cadres', name: '乡镇书记', filter: { experience: '乡镇党委书记' } }));
    const again = await alice.post('/api/v1/saved-filters', { screen: 'cadres', name: ' 乡镇书记 ', filter: {} });
    expect(expectError(again, 409, 'DUPLICATE').message).toContain('乡镇书记');
    expect(fieldPaths(again)).toEqual(['name']);
    ok(await bob.post('/api/v1/saved-filters', { screen: 'cadres', name: '乡镇书记', filter: {} }));
  });

  it('names every bad field: an empty name, an unknown screen, a bad filter', async () => {
    const res = await alice.post('/api/v1/saved-filters', { screen: 'nowhere', name: '', filter: { ageMin: 'old' } });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['filter.ageMin', 'name', 'screen']);
    expectError(await alice.get('/api/v1/saved-filters'), 400, 'VALIDATION_FAILED');
  });
});
