import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Assessment schemes (考核方案): weights that total 100 (refused otherwise, the field named), indicators pinned to a
 * revision, retired indicators kept but not added, optimistic locking, and read-only for unit administrators.
 */

type Indicator = { id: string; version: number; revision: number };
type Scheme = { id: string; version: number; items: Array<{ indicatorId: string; revision: number; weight: number; outdated: boolean; name: string }> };

let t: TestApp;
let county: County;
const ind: Record<string, Indicator> = {};

const quantitative = (code: string, capPercent = 100) => ({
  code,
  name: `指标${code}`,
  definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent } },
});

const scheme = (over: Record<string, unknown> = {}) => ({
  name: '乡镇年度综合考核',
  category: 'TOWNSHIP',
  items: [
    { indicatorId: ind.a?.id, weight: 60 },
    { indicatorId: ind.b?.id, weight: 40 },
  ],
  adjustments: [{ kind: 'DEDUCTION', source: 'MEASURE', name: '受到处理处分', pointsEach: 2, cap: 6 }],
  raterGroups: [
    { group: 'SUPERIOR', weight: 50 },
    { group: 'SERVICE_RECIPIENT', weight: 50 },
  ],
  formula: 'indicators * 0.7 + democratic * 0.3 + bonus - deduction',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  for (const code of ['a', 'b', 'c'])
    ind[code] = ok<Indicator>(await county.orgDept.post('/api/v1/assessment/indicators', quantitative(code.toUpperCase().repeat(2))));
});
afterAll(() => t.close());

describe('assessment schemes', () => {
  let saved: Scheme;

  it('refuses weights that do not total 100, naming the field, and writes nothing', async () => {
    const res = await county.orgDept.post(
      '/api/v1/assessment/schemes',
      scheme({
        items: [
          { indicatorId: ind.a?.id, weight: 60 },
          { indicatorId: ind.b?.id, weight: 35 },
        ],
      }),
    );
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    expect(body.details?.fields).toEqual([{ path: 'items', message: '指标权重合计应为 100，当前为 95' }]);
    expect(ok<Scheme[]>(await county.orgDept.get('/api/v1/assessment/schemes'))).toEqual([]);
  });

  it('names every problem of a scheme at once', async () => {
    const res = await county.orgDept.post(
      '/api/v1/assessment/schemes',
      scheme({
        category: 'PLANET',
        items: [
          { indicatorId: ind.a?.id, weight: 50.005 },
          { indicatorId: '00000000-0000-4000-8000-000000000000', weight: 50 },
        ],
        formula: 'indicators * 2 +',
      }),
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['category', 'items.0.weight'].sort());
    const semantic = await county.orgDept.post(
      '/api/v1/assessment/schemes',
      scheme({
        items: [
          { indicatorId: ind.a?.id, weight: 50 },
          { indicatorId: '00000000-0000-4000-8000-000000000000', weight: 50 },
        ],
        raterGroups: [{ group: 'PEER', weight: 90 }],
        formula: 'indicators * 2 +',
      }),
    );
    expectError(semantic, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(semantic)).toEqual(['raterGroups', 'formula', 'items.1.indicatorId']);
  });

  it('saves a consistent scheme with each indicator pinned to its current revision', async () => {
    saved = ok<Scheme>(await county.orgDept.post('/api/v1/assessment/schemes', scheme()));
    expect(saved.items.map((i) => [i.indicatorId, i.revision, i.weight, i.outdated])).toEqual([
      [ind.a?.id, 1, 60, false],
      [ind.b?.id, 1, 40, false],
    ]);
    expectError(await county.orgDept.post('/api/v1/assessment/schemes', scheme()), 409, 'DUPLICATE');
  });

  it('keeps scoring by the pinned revision when the indicator is revised, and says it is outdated', async () => {
    const a = ind.a as Indicator;
    const { code: _, ...body } = quantitative('AA', 120);
    const revised = ok<Indicator>(await county.orgDept.put(`/api/v1/assessment/indicators/${a.id}`, { ...body, version: a.version }));
    expect(revised.revision).toBe(2);
    const read = ok<Scheme>(await county.orgDept.get(`/api/v1/assessment/schemes/${saved.id}`));
    expect(read.items[0]).toMatchObject({ revision: 1, outdated: true });
    // Moving the item on to the current revision is an edit of the scheme naming it.
    const moved = ok<Scheme>(
      await county.orgDept.put(`/api/v1/assessment/schemes/${saved.id}`, {
        ...scheme({
          items: [
            { indicatorId: a.id, revision: 2, weight: 60 },
            { indicatorId: ind.b?.id, revision: 1, weight: 40 },
          ],
        }),
        version: saved.version,
      }),
    );
    expect(moved.items[0]).toMatchObject({ revision: 2, outdated: false });
    expectError(
      await county.orgDept.put(`/api/v1/assessment/schemes/${saved.id}`, {
        ...scheme({ items: [{ indicatorId: a.id, revision: 3, weight: 100 }] }),
        version: moved.version,
      }),
      400,
      'VALIDATION_FAILED',
    );
    saved = moved;
  });

  it('keeps a retired indicator the scheme holds but refuses adding one', async () => {
    const c = ind.c as Indicator;
    const b = ind.b as Indicator;
    ok(await county.orgDept.post(`/api/v1/assessment/indicators/${b.id}/retired`, { version: b.version, retired: true }));
    ok(await county.orgDept.post(`/api/v1/assessment/indicators/${c.id}/retired`, { version: c.version, retired: true }));
    const kept = ok<Scheme>(
      await county.orgDept.put(`/api/v1/assessment/schemes/${saved.id}`, { ...scheme({ description: '保留已停用指标' }), version: saved.version }),
    );
    expect(kept.items.map((i) => i.indicatorId)).toEqual([ind.a?.id, b.id]);
    const added = await county.orgDept.put(`/api/v1/assessment/schemes/${saved.id}`, {
      ...scheme({
        items: [
          { indicatorId: ind.a?.id, weight: 50 },
          { indicatorId: c.id, weight: 50 },
        ],
      }),
      version: kept.version,
    });
    expect(expectError(added, 400, 'VALIDATION_FAILED').details?.fields).toEqual([
      { path: 'items.1.indicatorId', message: '指标“指标CC”已停用，不能加入方案' },
    ]);
    saved = kept;
  });

  it('answers a stale save with 409 and lets only assessment.config change schemes', async () => {
    expectError(await county.orgDept.put(`/api/v1/assessment/schemes/${saved.id}`, { ...scheme(), version: 1 }), 409, 'VERSION_CONFLICT');
    expect(ok<Scheme[]>(await county.unitAdminA.get('/api/v1/assessment/schemes?category=TOWNSHIP')).map((s) => s.id)).toEqual([saved.id]);
    expectError(await county.unitAdminA.put(`/api/v1/assessment/schemes/${saved.id}`, { ...scheme(), version: saved.version }), 403, 'FORBIDDEN');
    expectError(await county.unitAdminA.delete(`/api/v1/assessment/schemes/${saved.id}?version=${saved.version}`), 403, 'FORBIDDEN');
  });

  it('deletes a scheme with its items', async () => {
    const res = await county.orgDept.delete(`/api/v1/assessment/schemes/${saved.id}?version=${saved.version}`);
    expect(res.statusCode).toBe(204);
    expectError(await county.orgDept.get(`/api/v1/assessment/schemes/${saved.id}`), 404, 'NOT_FOUND');
  });
});
