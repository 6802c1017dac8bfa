import type { RoleCode } from '@dandang/shared/org/permissions';
import { buildUser } from '../test/factories';
import { multipartBody } from '../test/http';
import { created, pairOf, type RecordPair, type Side, type World } from './authz-records-support';

const measure = { code: 'ADMONISH', effectiveOn: '2026-01-15', decidingBody: '县纪委监委', documentNo: '县纪〔2026〕1号' };

/** The records of the organization, the cadres' files and what is shared by the whole county. */
const KINDS: Record<string, (w: World) => Promise<RecordPair>> = {
  '/api/v1/units/{id}': async (w) => ({ inside: { id: w.county.a.id }, outside: { id: w.county.b.id } }),
  '/api/v1/users/{id}': async (w) => {
    const userIn = async (unitId: string) => (await buildUser(w.t.database.db, { unitId })).id;
    return { inside: { id: await userIn(w.county.a.id) }, outside: { id: await userIn(w.county.b.id) } };
  },
  '/api/v1/cadres/{id}': async (w) => ({ inside: { id: w.cadreA, year: '2025' }, outside: { id: w.cadreB, year: '2025' }, own: true }),
  // Before any measure: a measure's impact period bars a cadre from a talent pool.
  '/api/v1/talent-pools/{id}': async (w) => ({
    inside: { id: await created(w.as('org_dept').post('/api/v1/talent-pools', { name: '经济领域科级库', field: '经济', level: 'SECTION' })) },
  }),
  '/api/v1/talent-pool-members/{id}': async (w) => {
    const pool = await created(w.as('org_dept').post('/api/v1/talent-pools', { name: '后备干部库', level: 'SECTION' }));
    return pairOf((cadreId) => created(w.as('org_dept').post(`/api/v1/talent-pools/${pool}/members`, { cadreId, reason: '工作实绩突出，群众公认' })), w);
  },
  '/api/v1/posts/{id}': (w) =>
    pairOf(
      (cadreId) =>
        created(
          w.as('org_dept').post(`/api/v1/cadres/${cadreId}/posts`, { unitName: '外县某镇', post: '副镇长', startedOn: '2015-07-01', endedOn: '2019-12-31' }),
        ),
      w,
    ),
  '/api/v1/measures/{id}': (w) => pairOf((cadreId) => created(w.as('org_dept').post(`/api/v1/cadres/${cadreId}/measures`, measure)), w),
  '/api/v1/supervision/{id}': (w) =>
    pairOf(
      (cadreId) =>
        created(
          w
            .as('org_dept')
            .post(`/api/v1/cadres/${cadreId}/supervision`, { kind: 'TALK', occurredOn: '2026-02-10', conductedBy: '县委组织部', topics: '工作压力与思想状况' }),
        ),
      w,
    ),
  // Saved filters and jobs are their owner's alone: 甲局's administrator owns the one inside, the organization department the other.
  '/api/v1/saved-filters/{id}': async (w) => {
    const save = (role: RoleCode) => created(w.as(role).post('/api/v1/saved-filters', { screen: 'cadres', name: `${role}的筛选`, filter: {} }));
    return { inside: { id: await save('unit_admin') }, outside: { id: await save('org_dept') }, reach: ownedBy };
  },
  '/api/v1/jobs/{id}': async (w) => {
    const start = (role: RoleCode) => created(w.as(role).post('/api/v1/cadres/exports', {}), (b) => (b.job as { id: string }).id);
    return { inside: { id: await start('unit_admin') }, outside: { id: await start('org_dept') }, reach: ownedBy };
  },
  '/api/v1/cadres/imports/{jobId}': async (w) => {
    const template = (await w.as('org_dept').get('/api/v1/cadres/import-template')).rawPayload;
    const start = (role: RoleCode) => {
      const { payload, headers } = multipartBody(template, '干部名册.xlsx');
      return created(w.as(role).request('POST', '/api/v1/cadres/imports', payload, headers), (b) => (b.job as { id: string }).id);
    };
    return { inside: { jobId: await start('unit_admin') }, outside: { jobId: await start('org_dept') }, reach: ownedBy };
  },
  // Shared by the whole county: the roles, the dictionaries, the calendar, the policies, the rules.
  '/api/v1/roles/{code}': async () => ({ inside: { code: 'unit_leader' } }),
  '/api/v1/dictionaries/{code}': async () => ({ inside: { code: 'education' } }),
  '/api/v1/calendar/years/{year}': async () => ({ inside: { year: '2026' } }),
  '/api/v1/calendar/days/{date}': async () => ({ inside: { date: '2026-03-02' } }),
  '/api/v1/rules/{rule}': async () => ({ inside: { rule: 'impact-period' } }),
};

/** The unit administrator of 甲局 owns the record inside, the organization department the one outside. */
function ownedBy(role: RoleCode, side: Side): boolean {
  return side === 'inside' ? role === 'unit_admin' : role === 'org_dept';
}

export async function coreRecords(w: World): Promise<Record<string, RecordPair>> {
  const records: Record<string, RecordPair> = {};
  for (const [prefix, build] of Object.entries(KINDS)) records[prefix] = await build(w);
  return records;
}
