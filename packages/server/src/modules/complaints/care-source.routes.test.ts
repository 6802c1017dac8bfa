import type { CareCandidate } from '@dandang/shared/visits/care.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { clearCadre } from './clarification.test-support';
import { buildWorld, concluded, type World } from './complaints.test-support';

/*
 * 关心关爱 after 澄清正名 (issue 7 item 5; DOMAIN.md §9): a cadre cleared in the last twelve months is a care candidate,
 * within the reader's visit scope; a clarification not carried out is no reason. Clock: 2026-10-13 in Beijing.
 */

let w: World;

const candidates = async (session: Session) => ok<{ items: CareCandidate[] }>(await session.get('/api/v1/visits/care-candidates')).items;
const signIn = async (roles: Array<'org_dept' | 'unit_admin'>, unitId: string) => w.t.login((await buildUser(w.t.database.db, { roles, unitId })).username);

beforeAll(async () => {
  w = await buildWorld('2026-10-13T10:00:00+08:00');
  await clearCadre(w, await concluded(w, [w.cadres.a], 'FALSE'), w.cadres.a, w.as.cadreA, '2026-10-13');
  // 乙一's clarification is proposed but never carried out.
  const pending = await concluded(w, [w.cadres.b], 'MISTAKEN');
  const proposal = { cadreId: w.cadres.b, falsePoints: '反映其违规打牌的问题', impacts: ['RIGHTS_AFFECTED'], forms: ['EXPLANATION'] };
  ok(await w.as.handler.post(`/api/v1/complaints/${pending}/clarification`, proposal));
});
afterAll(() => w.t.close());

describe('care candidates from clarifications', () => {
  it('offer the cadre cleared, with the day it was done and without the complaint', async () => {
    const items = await candidates(w.as.orgDept);
    const cleared = items.find((c) => c.cadreId === w.cadres.a);
    expect(cleared?.reasons).toEqual([{ code: 'CLARIFIED', text: '2026-10-13 澄清正名', on: '2026-10-13' }]);
    expect(cleared).toMatchObject({ name: '甲一', unitName: '甲局' });
    expect(items.map((c) => c.cadreId)).not.toContain(w.cadres.b);
    expect(JSON.stringify(cleared)).not.toMatch(/礼金|检〔/);
  });

  it('stay within the reader’s scope', async () => {
    expect((await candidates(w.county.unitAdminA)).map((c) => c.cadreId)).toContain(w.cadres.a);
    expect((await candidates(await signIn(['unit_admin'], w.county.b.id))).map((c) => c.cadreId)).not.toContain(w.cadres.a);
  });

  it('stop being a reason twelve months after the clarification', async () => {
    w.t.clock.advance(new Date('2027-10-12T10:00:00+08:00').getTime() - w.t.clock.now().getTime());
    expect((await candidates(await signIn(['org_dept'], w.county.root.id))).map((c) => c.cadreId)).toContain(w.cadres.a);
    w.t.clock.advance(new Date('2027-10-13T10:00:00+08:00').getTime() - w.t.clock.now().getTime());
    expect((await candidates(await signIn(['org_dept'], w.county.root.id))).map((c) => c.cadreId)).not.toContain(w.cadres.a);
  });
});
