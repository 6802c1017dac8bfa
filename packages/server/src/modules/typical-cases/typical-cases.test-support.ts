import type { AccountabilityCaseDetail, ProposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * The county the typical-case tests stand in (test/county.ts: 县委 with 甲局 and 乙局): 张明 and 张强 in 甲局, the
 * discipline commission (handles and decides, publishes), the organization department (publishes), and two mere
 * readers: 张明 himself and 甲局's unit administrator. Source cases are driven through the modules' own API, as a
 * user would, on 2026-10-12 in Beijing.
 */

export interface World {
  t: TestApp;
  county: County;
  cadres: { zhang: string; zhang2: string };
  as: Record<'discipline' | 'orgDept' | 'cadre' | 'unitAdminA', Session>;
}

export const TODAY = '2026-10-12';

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  t.clock.advance(new Date(`${TODAY}T09:00:00+08:00`).getTime() - t.clock.now().getTime());
  const db = t.database.db;
  const county = await buildCounty(t);
  const cadres = {
    zhang: (await buildCadre(db, { unitId: county.a.id, name: '张明' })).id,
    zhang2: (await buildCadre(db, { unitId: county.a.id, name: '张强' })).id,
  };
  const discipline = await buildUser(db, { roles: ['discipline'], unitId: county.root.id, displayName: '纪委干部' });
  const cadre = await buildUser(db, { roles: ['cadre'], unitId: county.a.id, cadreId: cadres.zhang });
  return {
    t,
    county,
    cadres,
    as: {
      discipline: await t.login(discipline.username),
      orgDept: county.orgDept,
      cadre: await t.login(cadre.username),
      unitAdminA: county.unitAdminA,
    },
  };
}

/** An application whose text holds what redaction must take out: names, the unit, a phone, exact dates, a document number. */
export const APPLICATION = {
  title: '园区招商项目容错申请',
  matter: '2026年6月15日，张明在推进甲局园区招商项目中，因政策尚无明确规定先行试点，造成一定损失。联系电话13812345678。',
  occurredOn: '2026-06-15',
  claimedSituations: ['REFORM_TRIAL'],
  grounds: '出于推动发展的公心，未谋取私利，已按县纪〔2026〕3号要求积极挽回损失',
};

const toleranceOf = async (s: Session, id: string) => ok<ToleranceDetail>(await s.get(`/api/v1/tolerance/cases/${id}`));

async function step(s: Session, id: string, action: string, fields: Record<string, unknown> = {}) {
  const { case: c } = await toleranceOf(s, id);
  return ok<ToleranceDetail>(await s.post(`/api/v1/tolerance/cases/${id}/actions/${action}`, { version: c.version, note: '', fields }));
}

/** 张明's own application, accepted and investigated: the collective decision is next. */
export async function toleranceCaseBeforeDecision(w: World): Promise<string> {
  const id = ok<ToleranceDetail>(await w.as.cadre.post('/api/v1/tolerance/cases', { subjectCadreId: w.cadres.zhang, ...APPLICATION })).case.id;
  const s = w.as.discipline;
  await step(s, id, 'accept');
  const { version } = await toleranceOf(s, id);
  const conditions = { COMPLIANT: true, PUBLIC_INTEREST: true, DUE_PROCESS: true, NO_PERSONAL_GAIN: true, REMEDIED: true };
  ok(await s.put(`/api/v1/tolerance/cases/${id}/facts`, { version, situations: ['REFORM_TRIAL'], conditions, exclusions: [], mitigations: [], notes: '' }));
  await step(s, id, 'report', { findings: '经调查核实，张明在项目推进中履行了集体决策程序，同事张强参与论证，均未谋取私利。' });
  return id;
}

/** A tolerance case decided 免责, fed back to 张明 and 甲局党组, filed and closed. */
export async function decidedToleranceCase(w: World): Promise<string> {
  const id = await toleranceCaseBeforeDecision(w);
  const s = w.as.discipline;
  await step(s, id, 'decide', {
    meetingDate: TODAY,
    attendees: ['王书记', '李副书记', '赵常委'],
    votes: { for: 3, against: 0, abstain: 0 },
    decision: 'EXEMPT',
  });
  await step(s, id, 'feedback', { feedbackOn: TODAY, recipients: ['张明', '甲局党组'] });
  await step(s, id, 'fileAndClose', { filedOn: TODAY, filedWith: ['县纪委', '县委组织部'] });
  return id;
}

/** An accountability case of 张强 decided 诫勉 with a document number. */
export async function decidedAccountabilityCase(w: World): Promise<string> {
  const s = w.as.discipline;
  const matter = ok<{ id: string }>(
    await s.post('/api/v1/accountability/matters', {
      title: '甲局项目资金违规审批',
      facts: '2026年3月5日，张强未经集体研究审批项目资金30万元，造成损失。',
      occurredOn: '2026-03-05',
      source: '巡察移交',
    }),
  );
  const proposal = ok<ProposalResult>(
    await s.post(`/api/v1/accountability/matters/${matter.id}/proposals`, {
      body: 'DISCIPLINE',
      subjectKind: 'CADRE',
      cadreId: w.cadres.zhang2,
      forms: ['ADMONISH'],
      facts: '张强对项目资金审批负有主要领导责任',
      grounds: '《中国共产党问责条例》第七条',
    }),
  );
  const act = async (action: string, fields: Record<string, unknown> = {}) => {
    const d = ok<AccountabilityCaseDetail>(await s.get(`/api/v1/accountability/cases/${proposal.caseId}`));
    return ok<AccountabilityCaseDetail>(
      await s.post(`/api/v1/accountability/cases/${proposal.caseId}/actions/${action}`, { version: d.case.version, note: '', fields }),
    );
  };
  await act('coordinate');
  await act('decide', { forms: ['ADMONISH'], decidedOn: TODAY, basis: '经查，张强对甲局项目资金违规审批负有主要领导责任', documentNo: '县纪发〔2026〕5号' });
  return proposal.caseId;
}

export const draftFrom = async (s: Session, caseId: string) => ok<TypicalCaseView>(await s.post('/api/v1/typical-cases', { caseId }));
export const typicalCaseOf = async (s: Session, id: string) => ok<TypicalCaseView>(await s.get(`/api/v1/typical-cases/${id}`));

/** The body of a PUT that keeps the case as it is but for the changes given. */
export function editOf(view: TypicalCaseView, changes: { title?: string; facts?: string; handling?: string; analysis?: string; keywords?: string[] } = {}) {
  return {
    version: view.version,
    title: changes.title ?? view.title,
    sections: {
      facts: changes.facts ?? view.sections.facts,
      handling: changes.handling ?? view.sections.handling,
      analysis: changes.analysis ?? view.sections.analysis,
    },
    tags: { outcome: view.tags.outcome, year: view.tags.year, keywords: changes.keywords ?? view.tags.keywords },
  };
}
