import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../test/county';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * The indicator library (指标库): quantitative indicators with a scoring rule, qualitative ones with a rating scale,
 * revisions that a change of scoring creates, retiring; maintained with assessment.config, read with assessment.read.
 */

type Indicator = { id: string; code: string; revision: number; version: number; retired: boolean; definition: Record<string, unknown> };

let t: TestApp;
let county: County;

const revenue = (over: Record<string, unknown> = {}) => ({
  code: 'REVENUE',
  name: '一般公共预算收入',
  evidenceRequired: true,
  definition: { kind: 'QUANTITATIVE', unit: '万元', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 120 } },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
});
afterAll(() => t.close());

describe('indicator library', () => {
  let created: Indicator;

  it('creates a quantitative indicator at revision 1, audited', async () => {
    created = ok<Indicator>(await county.orgDept.post('/api/v1/assessment/indicators', revenue()));
    expect(created).toMatchObject({ code: 'REVENUE', revision: 1, version: 1, retired: false });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'indicator'), eq(auditLog.entityId, created.id)));
    expect(audit.map((a) => a.action)).toEqual(['indicator.create']);
  });

  it('creates a qualitative indicator with a rating scale', async () => {
    const scale = [
      { code: 'GOOD', label: '好', percent: 100, anchor: '全面完成，成效明显' },
      { code: 'FAIR', label: '一般', percent: 60 },
    ];
    const quality = ok<Indicator>(
      await county.orgDept.post('/api/v1/assessment/indicators', { code: 'PARTY_BUILDING', name: '党建工作', definition: { kind: 'QUALITATIVE', scale } }),
    );
    expect(quality.definition).toMatchObject({ kind: 'QUALITATIVE', scale: [{ anchor: '全面完成，成效明显' }, { anchor: '' }] });
  });

  it('refuses every bad field at once, and contradictory steps by path, writing nothing', async () => {
    const bad = await county.orgDept.post('/api/v1/assessment/indicators', {
      code: '!',
      name: '',
      definition: { kind: 'QUANTITATIVE', direction: 'SIDEWAYS', rule: { method: 'LINEAR', capPercent: 50 } },
    });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['code', 'definition.direction', 'definition.rule.capPercent', 'name'].sort());
    const steps = await county.orgDept.post(
      '/api/v1/assessment/indicators',
      revenue({
        code: 'STEPPED',
        definition: {
          kind: 'QUANTITATIVE',
          direction: 'HIGHER_BETTER',
          rule: {
            method: 'STEPS',
            steps: [
              { threshold: 90, percent: 80 },
              { threshold: 95, percent: 60 },
            ],
          },
        },
      }),
    );
    expectError(steps, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(steps)).toEqual(['definition.rule.steps.1.percent']);
    const list = ok<Indicator[]>(await county.orgDept.get('/api/v1/assessment/indicators?keyword=STEPPED'));
    expect(list).toEqual([]);
  });

  it('refuses a code already used with 409 naming the code', async () => {
    const res = await county.orgDept.post('/api/v1/assessment/indicators', revenue({ name: '另一个' }));
    expect(expectError(res, 409, 'DUPLICATE').details?.fields).toEqual([{ path: 'code', message: '指标编码 REVENUE 已被使用' }]);
  });

  it('makes a new revision when the scoring changes, not for the description alone, and keeps the old one', async () => {
    const body = { ...revenue(), version: created.version, description: '以财政决算为准' };
    const { code: _, ...withoutCode } = body;
    const described = ok<Indicator>(await county.orgDept.put(`/api/v1/assessment/indicators/${created.id}`, withoutCode));
    expect(described).toMatchObject({ revision: 1, version: 2 });
    const rescored = ok<Indicator>(
      await county.orgDept.put(`/api/v1/assessment/indicators/${created.id}`, {
        ...withoutCode,
        version: described.version,
        definition: { kind: 'QUANTITATIVE', unit: '万元', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 110 } },
      }),
    );
    expect(rescored).toMatchObject({ revision: 2, version: 3 });
    const revisions = ok<Array<{ revision: number; definition: { rule: { capPercent: number } } }>>(
      await county.orgDept.get(`/api/v1/assessment/indicators/${created.id}/revisions`),
    );
    expect(revisions.map((r) => [r.revision, r.definition.rule.capPercent])).toEqual([
      [2, 110],
      [1, 120],
    ]);
    created = rescored;
  });

  it('answers a stale save with 409', async () => {
    const { code: _, ...body } = revenue();
    expectError(await county.orgDept.put(`/api/v1/assessment/indicators/${created.id}`, { ...body, version: 1 }), 409, 'VERSION_CONFLICT');
  });

  it('retires and restores; a retired indicator leaves the default list', async () => {
    const retired = ok<Indicator>(
      await county.orgDept.post(`/api/v1/assessment/indicators/${created.id}/retired`, { version: created.version, retired: true }),
    );
    expect(retired.retired).toBe(true);
    expect(ok<Indicator[]>(await county.orgDept.get('/api/v1/assessment/indicators')).map((i) => i.code)).not.toContain('REVENUE');
    expect(ok<Indicator[]>(await county.orgDept.get('/api/v1/assessment/indicators?includeRetired=true')).map((i) => i.code)).toContain('REVENUE');
    created = ok<Indicator>(await county.orgDept.post(`/api/v1/assessment/indicators/${created.id}/retired`, { version: retired.version, retired: false }));
    expect(created.retired).toBe(false);
  });

  it('lets a unit administrator read the library but not change it', async () => {
    expect(ok<Indicator[]>(await county.unitAdminA.get('/api/v1/assessment/indicators?kind=QUANTITATIVE')).map((i) => i.code)).toEqual(['REVENUE']);
    expectError(await county.unitAdminA.post('/api/v1/assessment/indicators', revenue({ code: 'MINE' })), 403, 'FORBIDDEN');
    expectError(
      await county.unitAdminA.post(`/api/v1/assessment/indicators/${created.id}/retired`, { version: created.version, retired: true }),
      403,
      'FORBIDDEN',
    );
  });

  it('answers 404 for an unknown id', async () => {
    expectError(await county.orgDept.get('/api/v1/assessment/indicators/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });
});
