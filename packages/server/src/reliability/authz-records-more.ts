import { eq } from 'drizzle-orm';
import { honorObjections } from '../modules/honors/honors.tables';
import { solved } from '../modules/participation/participation.test-support';
import { fileOpenObjection, recordCampaign } from '../test/honors';
import { created, type RecordPair, type World } from './authz-records-support';

/** The policy in force, an announcement, a dashboard figure, an honors campaign and the citizens' submissions. */
export async function moreRecords(w: World): Promise<Record<string, RecordPair>> {
  const org = w.as('org_dept');
  const [policy] = (await w.as('sys_admin').get('/api/v1/policies')).json() as Array<{ id: string }>;
  if (!policy) throw new Error('fixture: no policy');
  const announcement = await created(
    org.post('/api/v1/announcements', { title: '关于报送年度总结的通知', body: '请于3月20日前报送。', audience: 'UNITS', unitIds: [w.county.a.id] }),
  );
  const campaign = await recordCampaign(w.t.database.db, {
    jurisdictionId: w.county.a.jurisdictionId,
    title: '担当实干好干部评选',
    noticeEndsOn: '2026-03-20',
    nominees: [
      { cadreId: w.cadreA, unitId: w.county.a.id },
      { cadreId: w.cadreB, unitId: w.county.b.id },
    ],
  });
  const [nominationA, nominationB] = campaign.nominationIds as [string, string];
  const objectionOn = async (nominationId: string) => {
    await fileOpenObjection(w.t.database.db, nominationId);
    const [row] = await w.t.database.db.select({ id: honorObjections.id }).from(honorObjections).where(eq(honorObjections.nominationId, nominationId));
    if (!row) throw new Error('fixture: no objection');
    return row.id;
  };
  const category = (unitId: string, name: string) => created(org.post('/api/v1/participation/categories', { kind: 'IDEA', name, unitId }));
  const categories = { inside: await category(w.county.a.id, '城市建设'), outside: await category(w.county.b.id, '交通出行') };
  const submission = async (categoryId: string, title: string) => {
    const citizen = w.t.anonymous();
    const body = {
      kind: 'IDEA',
      categoryId,
      title,
      content: '新区实验小学门口没有公交站，家长接送孩子很不方便。',
      anonymous: false,
      contactName: '王先生',
      phone: '13912345678',
    };
    await created(citizen.post('/api/v1/public/participation/submissions', { ...body, ...(await solved(citizen)) }), (b) => b.queryCode);
    const page = (await org.get(`/api/v1/participation/submissions?q=${encodeURIComponent(title)}`)).json() as { items: Array<{ id: string }> };
    const id = page.items[0]?.id;
    if (!id) throw new Error(`fixture: no submission titled ${title}`);
    return id;
  };
  return {
    '/api/v1/policies/{id}': { inside: { id: policy.id } },
    '/api/v1/announcements/{id}': { inside: { id: announcement } },
    '/api/v1/dashboard/drill/{kpi}': { inside: { kpi: 'CASES_OVERDUE' } },
    '/api/v1/honors/campaigns/{id}': { inside: { id: campaign.id } },
    '/api/v1/honors/nominations/{id}': { inside: { id: nominationA }, outside: { id: nominationB }, own: true },
    '/api/v1/honors/objections/{id}': { inside: { id: await objectionOn(nominationA) }, outside: { id: await objectionOn(nominationB) }, own: true },
    '/api/v1/participation/categories/{id}': { inside: { id: categories.inside }, outside: { id: categories.outside } },
    '/api/v1/participation/submissions/{id}': {
      inside: { id: await submission(categories.inside, '建议增设公交站') },
      outside: { id: await submission(categories.outside, '建议延长公交运营时间') },
    },
  };
}
