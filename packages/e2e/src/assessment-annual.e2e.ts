import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AssessmentPage } from './pages/assessment.page';
import { BallotPage } from './pages/ballot.page';
import { FollowUpsPage } from './pages/follow-ups.page';
import { LoginPage } from './pages/login.page';
import { ResultsPage } from './pages/results.page';
import { TargetsPage } from './pages/targets.page';
import { clickInDialog, settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { downloadFrom } from './support/download';

/*
 * [ASSESSMENT][ANNUAL] The must-show journey of issue 5: one unit’s annual cycle from its scheme to the payout sheet.
 * The unit's admin decomposes the unit's target by dragging a person onto it, the cadre reports progress with evidence,
 * the unit's leader confirms it and the confirmed value is what the cadre's score is computed from. Ballots are cast
 * from a 390 px phone; the organization department scores in the browser, grades within the quota
 * while a cadre under 党内警告 is passed over, notices the candidates and settles an objection; the cadre confirms
 * their result; after the notice period (the server's clock moved on) the results are published and paid out.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const clockFile = inject('clockOffsetFile');
const suffix = Date.now().toString(36).toUpperCase();
const cycleName = `教育局${suffix}年度考核`;

type Result = {
  participantId: string;
  name: string;
  unitId: string;
  unitName: string;
  cadreId: string | null;
  version: number;
  grade: string | null;
  gradeStatus: string | null;
};

let session: BrowserSession;
let org: ApiClient;
let cycleId: string;
let taskId: string;
let conductId: string;
let participants: Result[];
let warned: Result;
let mine: Result;

async function listResults(): Promise<Result[]> {
  return (await org.json<{ items: Result[] }>('GET', `/api/v1/assessment/cycles/${cycleId}/results?pageSize=500`)).items;
}

beforeAll(async () => {
  org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const cadre = new ApiClient(baseUrl);
  await cadre.login('demo_cadre', demoPassword);
  const me = await cadre.json<{ cadreId: string }>('GET', '/api/v1/auth/me');

  taskId = (
    await org.json<{ id: string }>('POST', '/api/v1/assessment/indicators', {
      code: `TASK_${suffix}`,
      name: '重点任务完成率',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    })
  ).id;
  conductId = (
    await org.json<{ id: string }>('POST', '/api/v1/assessment/indicators', {
      code: `CONDUCT_${suffix}`,
      name: '作风表现',
      definition: {
        kind: 'QUALITATIVE',
        scale: [
          { code: 'GOOD', label: '好', percent: 100, anchor: '担当作为、群众认可' },
          { code: 'FAIR', label: '一般', percent: 70 },
        ],
      },
    })
  ).id;
  const scheme = await org.json<{ id: string }>('POST', '/api/v1/assessment/schemes', {
    name: `个人年度考核${suffix}`,
    category: 'INDIVIDUAL',
    items: [
      { indicatorId: taskId, weight: 60 },
      { indicatorId: conductId, weight: 40 },
    ],
    adjustments: [{ kind: 'DEDUCTION', source: 'MEASURE', name: '受到处理处分', pointsEach: 2, cap: 4 }],
    raterGroups: [
      { group: 'SUPERIOR', weight: 40 },
      { group: 'PEER', weight: 60 },
    ],
    formula: 'indicators * 0.8 + democratic * 0.2 + bonus - deduction',
  });
  const bureau = (await org.json<Array<{ id: string; name: string }>>('GET', '/api/v1/units')).find((u) => u.name === '示范县教育局');
  if (!bureau) throw new Error('the demo county has no 示范县教育局');
  const draft = await org.json<{ id: string; version: number }>('POST', '/api/v1/assessment/cycles', {
    name: cycleName,
    kind: 'ANNUAL',
    year: 2026,
    unitIds: [bureau.id],
    schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
    stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
  });
  cycleId = draft.id;
  await org.json('POST', `/api/v1/assessment/cycles/${cycleId}/advance`, { version: draft.version, to: 'OPEN' });
  participants = await listResults();
  mine = participants.find((p) => p.cadreId === me.cadreId) as Result;
  warned = participants.find((p) => p.cadreId !== me.cadreId && p.unitId === mine?.unitId) as Result;
  if (!mine || !warned || participants.length < 5) throw new Error('the bureau needs the demo cadre and four more cadres');
  await org.json('POST', `/api/v1/cadres/${warned.cadreId}/measures`, {
    code: 'PARTY_WARNING',
    effectiveOn: '2026-02-10',
    decidingBody: '示范县纪委',
    documentNo: `县纪〔2026〕${suffix}号`,
  });
  session = await openBrowser();
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
});
afterAll(async () => {
  writeFileSync(clockFile, '0');
  await closeBrowser();
});

describe('[ASSESSMENT][ANNUAL]: one unit’s annual cycle from targets to the payout sheet', () => {
  const unitTarget = '重点任务落实';

  it('decomposes the unit’s target by dragging, takes progress with evidence and has the leader confirm it', async () => {
    await org.json('POST', `/api/v1/assessment/cycles/${cycleId}/targets`, {
      level: 'UNIT',
      title: unitTarget,
      unitId: mine.unitId,
      indicatorId: taskId,
      targetValue: 100,
      deadline: '2026-12-31',
    });
    const as = async (username: string, step: (t: TargetsPage, s: BrowserSession) => Promise<void>) => {
      const own = await openBrowser();
      try {
        await new LoginPage(own.page, baseUrl).loginAs(username, demoPassword);
        await step(new TargetsPage(own.page, baseUrl), own);
      } finally {
        await own.close();
      }
    };
    await as('demo_unit_admin', async (t, s) => {
      await t.openCycleTargets(cycleId);
      await t.choose(unitTarget);
      const dialog = await t.dragPersonOnto(mine.name, unitTarget);
      await expect(dialog.getByRole('spinbutton').inputValue()).resolves.toBe('100');
      await screenshot(s.page, 'assessment-annual-decompose');
      expect(await t.save(dialog)).toBe(true);
      await t.node(`${unitTarget}（${mine.name}）`).waitFor();
      await settled(s.page);
      await screenshot(s.page, 'assessment-annual-targets');
      await s.page.getByRole('button', { name: /^导\s?入$/ }).click();
      const importing = s.page.getByRole('dialog').filter({ hasText: '导入目标任务' });
      await importing.getByText('下载导入模板').waitFor();
      await settled(s.page);
      await screenshot(s.page, 'assessment-annual-import');
      await importing.getByRole('button', { name: /^关\s?闭$/ }).click();
    });
    await as('demo_cadre', async (t, s) => {
      await t.openMine();
      await t.report(`${unitTarget}（${mine.name}）`, 99, '年度重点任务已完成 99%，余项转入下年', {
        name: '重点任务台账.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 重点任务台账'),
      });
      await screenshot(s.page, 'assessment-annual-report-progress');
      expect(await t.submitReports()).toBe(true);
      // The same screen on a phone, where most people report from: the table scrolls inside its card.
      await s.page.setViewportSize({ width: 390, height: 844 });
      await t.openMine();
      await screenshot(s.page, 'assessment-annual-report-progress-phone');
    });
    await as('demo_leader', async (t, s) => {
      await t.openCycleTargets(cycleId);
      const drawer = await t.openDetail(`${unitTarget}（${mine.name}）`);
      await drawer.getByText('重点任务台账.pdf').waitFor();
      await screenshot(s.page, 'assessment-annual-review-progress');
      expect(await t.confirmPending(drawer)).toBe(true);
      await drawer.getByText('已确认', { exact: true }).first().waitFor();
    });
    const targets = await org.json<Array<{ level: string; confirmedValue: number | null; completion: number | null }>>(
      'GET',
      `/api/v1/assessment/cycles/${cycleId}/targets?unitId=${mine.unitId}&indicatorId=${taskId}`,
    );
    // The person's confirmed value, rolled up into the unit's target it was decomposed from.
    expect(targets.map((x) => [x.level, x.confirmedValue, x.completion])).toEqual([
      ['UNIT', 99, 99],
      ['PERSON', 99, 99],
    ]);
  });

  it('takes ballots by code in each unit, one of them from a 390 px phone, and closes the evaluations', async () => {
    const anonymous = new ApiClient(baseUrl);
    const cast = async (code: string) => {
      const form = await anonymous.json<{ subjects: Array<{ id: string }> }>('GET', `/api/v1/public/ballots/${code}`);
      await anonymous.json('POST', '/api/v1/public/ballots', { code, answers: Object.fromEntries(form.subjects.map((s) => [s.id, 'FAIRLY_GOOD'])) });
    };
    // The cycle covers the bureau and its sub-units: each unit rates its own people.
    for (const unitId of new Set(participants.map((p) => p.unitId))) {
      const issued = await org.json<{ id: string; version: number; codes: Array<{ code: string }> }>(
        'POST',
        `/api/v1/assessment/cycles/${cycleId}/ballot-sessions`,
        {
          unitId,
          // Five per group: the demo county's policy counts a group from 5 valid ballots.
          groups: [
            { group: 'SUPERIOR', codes: 5 },
            { group: 'PEER', codes: 5 },
          ],
        },
      );
      const [first, ...rest] = issued.codes.map((c) => c.code);
      if (unitId === mine.unitId) {
        const phone = await openBrowser({ width: 390, height: 844 });
        try {
          const ballot = new BallotPage(phone.page, baseUrl);
          expect(await ballot.openByLink(first as string)).toBe(participants.filter((p) => p.unitId === unitId).length);
          await ballot.rateAll('好');
          await ballot.submit();
          await phone.page.getByText('投票成功').waitFor();
        } finally {
          await phone.close();
        }
      } else await cast(first as string);
      for (const code of rest) await cast(code);
      await org.json('POST', `/api/v1/assessment/ballot-sessions/${issued.id}/close`, { version: issued.version });
    }
  });

  it('scores in the browser with the reckoning shown, the measure deducted by itself', async () => {
    const a = new AssessmentPage(session.page, baseUrl);
    await a.openCycle(cycleId);
    expect(await a.advance('进入评分')).toBe(true);
    // Everyone but the two people of this story is scored through the API, a little lower each.
    let actual = 95;
    for (const p of participants.filter((x) => x !== warned && x !== mine)) {
      await org.json('PUT', `/api/v1/assessment/results/${p.participantId}/score`, {
        version: p.version,
        entries: { items: { [taskId]: { target: 100, actual }, [conductId]: { level: 'FAIR' } } },
      });
      actual -= 2;
    }
    const r = new ResultsPage(session.page, baseUrl);
    await session.page.reload();
    await r.resultsLoaded();
    for (const person of [warned, mine]) {
      const dialog = await r.openScore(person.name);
      // The cadre's figures come from the confirmed progress of their target and cannot be typed over.
      if (person === warned) await r.fillQuantity(dialog, '重点任务完成率', 100, 100);
      else await dialog.getByText('取自目标任务的已确认进度', { exact: false }).waitFor();
      await r.rate(dialog, '好');
      await dialog.getByText(person === warned ? '得 60 分' : '得 59.4 分').waitFor();
      if (person === warned) await screenshot(session.page, 'assessment-annual-score');
      expect(await r.saveScore(dialog)).toBe(true);
      await settled(session.page);
    }
    const popover = await r.explainScore(warned.name);
    await expect(popover.innerText()).resolves.toMatch(/党内警告[\s\S]*减 2 分/);
    await screenshot(session.page, 'assessment-annual-explained');
  });

  it('grades within the quota and passes over the cadre under 党内警告, refusing to override it', async () => {
    const a = new AssessmentPage(session.page, baseUrl);
    await session.page.keyboard.press('Escape');
    expect(await a.advance('进入定等')).toBe(true);
    const graded = await listResults();
    const quota = Math.floor(graded.filter((g) => g.gradeStatus !== 'NOT_ASSESSED').length * 0.2);
    expect(graded.filter((g) => g.grade === 'EXCELLENT').length).toBeLessThanOrEqual(quota);
    expect(graded.find((g) => g.participantId === warned.participantId)?.grade).not.toBe('EXCELLENT');
    expect(graded.find((g) => g.participantId === mine.participantId)?.grade).toBe('EXCELLENT');

    const r = new ResultsPage(session.page, baseUrl);
    await r.resultsLoaded();
    await expect(r.row(warned.name).innerText()).resolves.toContain('称职');
    await expect(r.row(mine.name).innerText()).resolves.toContain('优秀');
    // 定等名额 shows the pool of the cadre's unit as the server reckoned it: its quota and how many hold 优秀 now.
    type Pool = { units: Array<{ unitId: string }>; quota: number; top: number };
    const pools = await org.json<Pool[]>('GET', `/api/v1/assessment/cycles/${cycleId}/pools`);
    const pool = pools.find((p) => p.units.some((u) => u.unitId === mine.unitId)) as Pool;
    expect(pool.top).toBe(graded.filter((g) => pool.units.some((u) => u.unitId === g.unitId) && g.grade === 'EXCELLENT').length);
    await expect(r.poolRow(mine.unitName).innerText()).resolves.toContain(`${pool.top} / ${pool.quota}`);
    await screenshot(session.page, 'assessment-annual-graded');
    const dialog = await r.openGradeChange(warned.name);
    await r.changeGrade(dialog, '优秀', '年度工作突出');
    await session.page
      .locator('.ant-message, .ant-form-item-explain')
      .getByText(/党内警告/)
      .first()
      .waitFor();
    await screenshot(session.page, 'assessment-annual-refused');
    await clickInDialog(dialog, /^取\s?消$/);
  });

  it('notices the candidates and settles an objection to one of them', async () => {
    const a = new AssessmentPage(session.page, baseUrl);
    expect(await a.advance('进行公示')).toBe(true);
    const r = new ResultsPage(session.page, baseUrl);
    await r.raiseObjection(mine.name, '反映该同志年内有一次会议迟到');
    await r.resolveObjection(mine.name, '不属实', '经核实系公务外出，已按规定请假');
    await session.page.locator('.ant-card').filter({ hasText: '公示期间的反映' }).getByText('不属实', { exact: true }).waitFor();
    await screenshot(session.page, 'assessment-annual-notice');
  });

  it('lets the cadre confirm their own result', async () => {
    const own = await openBrowser();
    try {
      await new LoginPage(own.page, baseUrl).loginAs('demo_cadre', demoPassword);
      const r = new ResultsPage(own.page, baseUrl);
      await r.openMyResults();
      await expect(r.myResult(cycleName).innerText()).resolves.toContain('优秀');
      await screenshot(own.page, 'assessment-annual-mine');
      await r.confirmMine(cycleName);
      await expect(r.myResult(cycleName).innerText()).resolves.toContain('确认');
    } finally {
      await own.close();
    }
  });

  it('publishes after the notice period and exports the payout sheet with the policy’s coefficients', async () => {
    const a = new AssessmentPage(session.page, baseUrl);
    const cycle = await org.json<{ version: number }>('GET', `/api/v1/assessment/cycles/${cycleId}`);
    const early = await org.request('POST', `/api/v1/assessment/cycles/${cycleId}/advance`, { version: cycle.version, to: 'PUBLISHED' });
    expect(early).toMatchObject({ status: 409, json: { message: expect.stringContaining('公示期满后才能发布') } });
    writeFileSync(clockFile, '9');
    await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
    await a.openCycle(cycleId);
    expect(await a.advance('发布结果')).toBe(true);
    const r = new ResultsPage(session.page, baseUrl);
    await r.resultsLoaded();
    await screenshot(session.page, 'assessment-annual-published');
    const file = await downloadFrom(session.page, session.page.getByRole('button', { name: '导出绩效奖金发放表' }), 'payout.xlsx');
    expect(file.name).toBe(`${cycleName}-绩效奖金发放表.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    const rows = book.worksheets[0]?.getSheetValues().slice(2) as unknown[][];
    const row = (name: string) => rows.find((v) => v[2] === name);
    expect(row(mine.name)?.slice(5)).toEqual(['优秀', 1.2]);
    expect(row(warned.name)?.slice(5)).toEqual(['称职', 1]);
  });

  it('puts the 嘉奖 of the EXCELLENT cadre on the organization department’s task list and closes it', async () => {
    const f = new FollowUpsPage(session.page, baseUrl);
    await f.open('嘉奖');
    await expect(f.row(mine.name).innerText()).resolves.toContain('2026 年度考核确定为优秀等次，当年给予嘉奖');
    await screenshot(session.page, 'assessment-annual-follow-ups');
    const dialog = await f.fillClose(mine.name, `示范县委组织部〔2027〕${suffix}号嘉奖`);
    await screenshot(session.page, 'assessment-annual-follow-up-close');
    expect(await f.close(dialog)).toBe(true);
  });

  it('shows the cycle on the dashboard: grades by unit, the score histogram, the ranking and the trend', async () => {
    await session.page.goto(`${baseUrl}/assessment/analysis?cycle=${cycleId}`);
    await session.page.getByRole('img', { name: '各单位等次分布' }).locator('canvas').waitFor();
    const ranking = session.page.locator('.ant-card').filter({ hasText: '个人排名' });
    await expect(ranking.locator('.ant-table-row').first().innerText()).resolves.toMatch(/^1\s/);
    await settled(session.page);
    await screenshot(session.page, 'assessment-annual-analysis');
  });
});
