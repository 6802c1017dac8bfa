import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { buildWorld, COMPLAINANT, concluded, type World } from './complaints.test-support';

/*
 * 诬告陷害/错告误告的处理 (issue 7 item 3; DOMAIN.md §8): referrals by the accuser's status after FALSE_ACCUSATION,
 * education only after MISTAKEN, nothing after other conclusions; the record holds no identity.
 */

let w: World;
const handling = { partyMember: true, publicOfficial: true, suspectedCrime: true, gainedBenefits: false, note: '已移送县纪委第二审查调查室' };

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
});
afterAll(() => w.t.close());

describe('dealing with the false accuser', () => {
  it('refers a fabricated report by the accuser’s status, once', async () => {
    const id = await concluded(w, [w.cadres.a], 'FALSE_ACCUSATION', { anonymous: false, complainant: COMPLAINANT });
    const d = ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${id}/false-accusation`, handling));
    expect(d.falseAccusation?.referrals.map((r) => r.code)).toEqual(['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION', 'JUDICIAL']);
    expect(JSON.stringify(d)).not.toContain(COMPLAINANT.name);
    expectError(await w.as.handler.post(`/api/v1/complaints/${id}/false-accusation`, handling), 409, 'DUPLICATE');
  });

  it('gives education only for a mistaken report, and nothing for other conclusions', async () => {
    const mistaken = await concluded(w, [w.cadres.b], 'MISTAKEN');
    const d = ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${mistaken}/false-accusation`, handling));
    expect(d.falseAccusation?.referrals.map((r) => r.code)).toEqual(['EDUCATION']);
    const unfounded = await concluded(w, [w.cadres.b], 'FALSE');
    expectError(await w.as.handler.post(`/api/v1/complaints/${unfounded}/false-accusation`, handling), 409, 'STATE_CONFLICT');
    expect(fieldPaths(await w.as.handler.post(`/api/v1/complaints/${mistaken}/false-accusation`, { note: '' })).sort()).toEqual([
      'note',
      'partyMember',
      'publicOfficial',
    ]);
  });
});
