import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { measures } from '../cadres';
import { openCase } from '../cases';
import { act, application, buildWorld, decision, saveFacts, type World } from './tolerance.test-support';

/*
 * 关联问责案件 ("谁问责、谁容错", DOMAIN.md §6–§7): a cadre's own application concerns a matter already proposed for
 * accountability; the handler links the two before the decision, and the exemption then closes the accountability
 * case as 免予问责 with no measure.
 */

let w: World;
const ids: Record<string, string> = {};
const link = (id: string, accountabilityCaseId: string) => w.as.discipline.post(`/api/v1/tolerance/cases/${id}/accountability-cases`, { accountabilityCaseId });

async function openAccountability(subjectCadreId: string, unitId: string) {
  const ctx = await w.disciplineCtx();
  return w.t.database.db.transaction((tx) =>
    openCase(tx, ctx, ACCOUNTABILITY_WORKFLOW, { title: '园区项目问责', unitId, subjectCadreId, note: '纪委问责建议' }),
  );
}

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  ids.accA = (await openAccountability(w.cadres.a, w.county.a.id)).id;
  ids.accB = (await openAccountability(w.cadres.b, w.county.b.id)).id;
  ids.own = ok<ToleranceDetail>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a))).case.id;
});
afterAll(() => w.t.close());

describe('linking an application to the accountability case it concerns', () => {
  it('is the handler’s: the applicant may not, and an accountability case about someone else is named as the wrong field', async () => {
    expectError(await w.as.cadreA.post(`/api/v1/tolerance/cases/${ids.own}/accountability-cases`, { accountabilityCaseId: ids.accA }), 403, 'FORBIDDEN');
    const other = await link(ids.own as string, ids.accB as string);
    expectError(other, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(other)).toEqual(['subjectCadreId']);
  });

  it('links the case, and the exemption then closes the accountability case as 免予问责 with no measure', async () => {
    const linked = ok<ToleranceDetail>(await link(ids.own as string, ids.accA as string));
    expect(linked.accountabilityCases).toEqual([expect.objectContaining({ caseId: ids.accA })]);
    ok(await act(w.as.discipline, ids.own as string, 'accept'));
    ok(await saveFacts(w.as.discipline, ids.own as string));
    ok(await act(w.as.discipline, ids.own as string, 'report', { findings: '已核实' }));
    const decided = ok<ToleranceDetail>(await act(w.as.discipline, ids.own as string, 'decide', decision('2026-10-12')));
    expect(decided.decision?.exemptedCases).toHaveLength(1);
    const acc = ok<CaseDetail>(await w.as.discipline.get(`/api/v1/cases/${ids.accA}`));
    expect(acc.case).toMatchObject({ state: 'EXEMPTED', closed: true });
    expect(await w.t.database.db.select().from(measures).where(eq(measures.cadreId, w.cadres.a))).toEqual([]);
  });

  it('is refused once the case is decided', async () => {
    const again = await link(ids.own as string, ids.accB as string);
    expectError(again, 409, 'STATE_CONFLICT');
  });
});
