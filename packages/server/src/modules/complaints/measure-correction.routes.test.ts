import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { measures } from '../cadres';
import { buildWorld, concluded, type World } from './complaints.test-support';

/*
 * 纠正错误处理 (DOMAIN.md §8 "wrong measures caused by a false report are corrected"): a measure of the accused cadre
 * is revoked in the register with the complaint as the link back, only after a conclusion that the report was false.
 */

let w: World;
const decision = { decidingBody: '县纪委监委', documentNo: '县纪发〔2026〕3号' };

async function recordMeasure(cadreId: string) {
  return ok<{ id: string; version: number }>(
    await w.as.handler.post(`/api/v1/cadres/${cadreId}/measures`, { ...decision, code: 'ADMONISH', effectiveOn: '2026-08-03' }),
  );
}

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
});
afterAll(() => w.t.close());

describe('correcting a measure wrongly caused by the report', () => {
  it('revokes it in the register with the complaint’s number, and the complaint lists it', async () => {
    const id = await concluded(w, [w.cadres.a], 'FALSE');
    const m = await recordMeasure(w.cadres.a);
    const d = ok<ComplaintDetail>(
      await w.as.handler.post(`/api/v1/complaints/${id}/corrected-measures`, { measureId: m.id, version: m.version, reason: '诫勉系依据失实举报作出' }),
    );
    expect(d.correctedMeasures).toEqual([expect.objectContaining({ measureId: m.id, code: 'ADMONISH', reason: '诫勉系依据失实举报作出' })]);
    const [row] = await w.t.database.db.select().from(measures).where(eq(measures.id, m.id));
    expect(row?.revokedAt).not.toBeNull();
    expect(row?.revokedReason).toContain(d.case.number);
    expectError(
      await w.as.handler.post(`/api/v1/complaints/${id}/corrected-measures`, { measureId: m.id, version: m.version + 1, reason: '再次纠正' }),
      409,
      'STATE_CONFLICT',
    );
  });

  it('offers the accused cadres’ measures in force, and no one else’s, in one list', async () => {
    const id = await concluded(w, [w.cadres.a, w.cadres.a2], 'FALSE');
    const [a, a2, other, revoked] = [
      await recordMeasure(w.cadres.a),
      await recordMeasure(w.cadres.a2),
      await recordMeasure(w.cadres.b),
      await recordMeasure(w.cadres.a2),
    ];
    ok(await w.as.handler.post(`/api/v1/measures/${revoked.id}/revoke`, { reason: '登记错误，予以撤销', version: revoked.version }));
    const list = ok<Array<{ id: string }>>(await w.as.handler.get(`/api/v1/complaints/${id}/correctable-measures`));
    expect(list.map((m) => m.id)).toEqual(expect.arrayContaining([a.id, a2.id]));
    expect(list.map((m) => m.id)).not.toContain(other.id);
    expect(list.map((m) => m.id)).not.toContain(revoked.id);
    expect(list.find((m) => m.id === a2.id)).toEqual({
      id: a2.id,
      cadreId: w.cadres.a2,
      code: 'ADMONISH',
      label: '诫勉',
      effectiveOn: '2026-08-03',
      decidingBody: decision.decidingBody,
      version: a2.version,
    });
    expectError(await w.as.clerk.get(`/api/v1/complaints/${id}/correctable-measures`), 403, 'FORBIDDEN');
  });

  it('refuses a measure of someone not accused, and any measure after a true or unproven conclusion', async () => {
    const id = await concluded(w, [w.cadres.a2], 'MISTAKEN');
    const other = await recordMeasure(w.cadres.b);
    expect(
      fieldPaths(await w.as.handler.post(`/api/v1/complaints/${id}/corrected-measures`, { measureId: other.id, version: other.version, reason: '不相关' })),
    ).toEqual(['measureId']);
    const unproven = await concluded(w, [w.cadres.b], 'UNPROVEN');
    expectError(
      await w.as.handler.post(`/api/v1/complaints/${unproven}/corrected-measures`, { measureId: other.id, version: other.version, reason: '不能纠正' }),
      409,
      'STATE_CONFLICT',
    );
  });

  it('asks the register’s own permission: a handler without measure.write cannot', async () => {
    const id = await concluded(w, [w.cadres.a], 'FALSE');
    const m = await recordMeasure(w.cadres.a);
    expectError(
      await w.as.clerk.post(`/api/v1/complaints/${id}/corrected-measures`, { measureId: m.id, version: m.version, reason: '无权纠正' }),
      403,
      'FORBIDDEN',
    );
  });
});
