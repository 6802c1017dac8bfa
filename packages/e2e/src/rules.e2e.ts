import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { CalculatorPage } from './pages/calculator.page';
import { LoginPage } from './pages/login.page';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
let b: BrowserSession | undefined;

/** 组织部 opens the calculator, as every role holding rules.use may. */
async function openCalculator(viewport?: { width: number; height: number }): Promise<CalculatorPage> {
  b = await openBrowser(viewport);
  await new LoginPage(b.page, baseUrl).loginAs('demo_org', demoPassword);
  const calculator = new CalculatorPage(b.page, baseUrl);
  await calculator.open();
  return calculator;
}

const session = () => b as BrowserSession;

afterEach(async () => {
  // A React key or prop warning is a console error: the page must produce none.
  const errors = b?.errors ?? [];
  await b?.close();
  b = undefined;
  expect(errors).toEqual([]);
});
afterAll(closeBrowser);

describe('rules calculator', () => {
  it('[RULES][WORKDAYS]: 3 working days after 2026-09-29 skip the National Day holiday and land on 2026-10-09', async () => {
    b = await openBrowser();
    await new LoginPage(b.page, baseUrl).loginAs('demo_org', demoPassword);
    const calc = new CalculatorPage(b.page, baseUrl);
    await calc.openFromMenu();
    await calc.pickRule('工作日计算');
    await calc.radio('N 个工作日后');
    await calc.fillDate('起算日', '2026-09-29');
    await calc.fill('工作日数', '3');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('2026-10-09（星期五）');
    expect(await calc.result().innerText()).not.toContain('暂定');
    expect(await calc.json('输入 JSON')).toEqual({ op: 'add', from: '2026-09-29', days: 3 });
    expect(await calc.json('结果 JSON')).toEqual({ date: '2026-10-09', provisional: false });
    await screenshot(session().page, 'rules-workdays');
  });

  it('[RULES][WORKDAYS]: a year with no published arrangement is answered as 暂定', async () => {
    const calc = await openCalculator();
    await calc.radio('公示期末日');
    await calc.fillDate('公示开始日', '2031-03-03');
    await calc.fill('公示期', '5');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('2031-03-07（星期五）');
    expect(await calc.result().innerText()).toContain('暂定');
  });

  it('[RULES][PROMOTION]: a 政务警告 of 2025-10-31 bars promotion on 2026-03-01 until 2026-04-30, citing 政务处分法第八条', async () => {
    const calc = await openCalculator();
    await calc.pickRule('提拔任用资格（影响期）');
    await calc.fillDate('审查日期', '2026-03-01');
    await calc.choose('措施', '政务警告', calc.measure(1));
    await calc.fillDate('生效日期', '2025-10-31', calc.measure(1));
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('暂不可提拔，最早 2026-04-30 可提拔');
    const whyNot = await calc.reasons('为什么不行').allInnerTexts();
    expect(whyNot).toHaveLength(1);
    expect(whyNot[0]).toContain('政务警告（2025-10-31 生效）影响期 6 个月，2026-04-30 前不得提拔或者进一步使用');
    expect(whyNot[0]).toContain('公职人员政务处分法第八条');
    expect(await calc.json('结果 JSON')).toMatchObject({ eligible: false, eligibleFrom: '2026-04-30' });
    await screenshot(session().page, 'rules-promotion');
  });

  it('[RULES][PROMOTION]: 留党察看 asks for its 察看期, 停职检查 for its 解除日期, and a server error lands beside the field', async () => {
    const calc = await openCalculator();
    await calc.pickRule('提拔任用资格（影响期）');
    await calc.fillDate('审查日期', '2026-03-01');
    await calc.choose('措施', '留党察看', calc.measure(1));
    expect(await calc.measure(1).getByLabel('察看期').isVisible()).toBe(true);
    expect(await calc.measure(1).getByLabel('解除日期').count()).toBe(0);
    await calc.choose('措施', '停职检查', calc.measure(1));
    expect(await calc.measure(1).getByLabel('察看期').count()).toBe(0);
    await calc.fillDate('生效日期', '2026-01-10', calc.measure(1));
    // Only the server knows a lifting date may not precede the measure: its 400 names measures.0.liftedOn.
    await calc.fillDate('解除日期', '2026-01-05', calc.measure(1));
    await calc.calculate();
    await expect.poll(() => calc.fieldError('解除日期', calc.measure(1)).innerText()).toBe('解除日期不能早于生效日期');
    expect(await calc.panel().getByText('提交的条件有误，未能计算').isVisible()).toBe(true);
    await screenshot(session().page, 'rules-promotion-field-error');
    // Chromium logs the refused request itself: exactly one such line is expected (Enter in a date does not submit).
    expect(session().errors).toEqual([expect.stringContaining('status of 400')]);
    session().errors.length = 0;
  });

  it('[RULES][ANNUAL-GRADE]: a 党内警告 in the year means the cadre may not be graded 优秀', async () => {
    const calc = await openCalculator();
    await calc.pickRule('年度考核等次影响');
    await calc.fill('考核年度', '2026');
    await calc.choose('措施', '党内警告', calc.measure(1));
    await calc.fillDate('生效日期', '2026-05-10', calc.measure(1));
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('不得评为优秀');
    expect(await calc.result().innerText()).toContain('称职、基本称职、不称职');
    const whyNot = await calc.reasons('为什么不行').allInnerTexts();
    expect(whyNot.join('\n')).toContain('党内警告（2026-05-10 生效）：2026 年度不得确定为优秀');
    await screenshot(session().page, 'rules-annual-grade');
  });

  it('[RULES][QUOTA]: 20 participants at 15% allow at most 3 优秀 (exact decimal, not 2.9999)', async () => {
    const calc = await openCalculator();
    await calc.pickRule('优秀等次比例');
    await calc.fill('参加考核人数', '20');
    await calc.fill('优秀比例', '15');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('优秀名额最多 3 人');
    expect(await calc.json('输入 JSON')).toEqual({ participants: 20, ratio: '0.15' });
    const basis = await calc.reasons('依据与理由').allInnerTexts();
    expect(basis.join('\n')).toContain('参加考核 20 人 × 15%（指定比例）= 3，向下取整，优秀等次最多 3 人');
    await screenshot(session().page, 'rules-quota');
  });

  it('[RULES][QUOTA]: a ratio above the approved ceiling is refused by the server beside 优秀比例', async () => {
    const calc = await openCalculator();
    await calc.pickRule('优秀等次比例');
    await calc.fill('参加考核人数', '40');
    await calc.fill('优秀比例', '30');
    await calc.calculate();
    await expect.poll(() => calc.fieldError('优秀比例').innerText()).toBe('比例 30% 超过经批准可提高的上限 25%');
    expect(await calc.result().count()).toBe(0);
    expect(session().errors).toEqual([expect.stringContaining('status of 400')]);
    session().errors.length = 0;
  });

  it('[RULES][TOLERANCE]: an exclusion vetoes tolerance whatever else holds, and is listed as the reason', async () => {
    const calc = await openCalculator();
    await calc.pickRule('容错纠错认定建议');
    await calc.check('先行先试缺乏经验');
    for (const condition of [
      '符合决策部署且未被明令禁止',
      '出于公心勤勉尽责',
      '履行民主/集体决策程序（或紧急处置后及时报告）',
      '未谋取私利',
      '积极消除影响挽回损失',
    ]) {
      await calc.check(condition);
    }
    await calc.check('谋取私利');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('不予容错');
    const whyNot = await calc.reasons('为什么不行').allInnerTexts();
    expect(whyNot).toHaveLength(1);
    expect(whyNot[0]).toContain('存在不予容错情形：谋取私利');
    await screenshot(session().page, 'rules-tolerance');
  });

  it('[RULES][CLARIFICATION]: 查无实据 never qualifies for clarification, and says why', async () => {
    const calc = await openCalculator();
    await calc.pickRule('澄清正名建议');
    await calc.choose('核查结论', '查无实据（不能排除）');
    await calc.check('选拔任用、评先评优等已经或者可能受到影响');
    await calc.check('本人同意澄清');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('不建议澄清正名');
    const whyNot = await calc.reasons('为什么不行').allInnerTexts();
    expect(whyNot).toHaveLength(1);
    expect(whyNot[0]).toContain('核查结论为查无实据（不能排除）：不能排除问题存在，不予澄清');
    expect(whyNot[0]).toContain('检举控告工作规则第五十条');
    await screenshot(session().page, 'rules-clarification');
  });

  it('[RULES][GRADE-CONSEQUENCES]: three consecutive 优秀 years earn 嘉奖 and 记三等功', async () => {
    const calc = await openCalculator();
    await calc.pickRule('考核结果运用');
    await calc.fill('第 1 条的年度', '2023');
    await calc.choose('第 1 条的等次', '优秀');
    await calc.addRow('添加年度');
    await calc.choose('第 2 条的等次', '优秀');
    await calc.addRow('添加年度');
    await calc.choose('第 3 条的等次', '优秀');
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('嘉奖、记三等功');
    expect(await calc.json('输入 JSON')).toEqual({
      history: [
        { year: 2023, grade: 'EXCELLENT' },
        { year: 2024, grade: 'EXCELLENT' },
        { year: 2025, grade: 'EXCELLENT' },
      ],
    });
    const basis = await calc.reasons('依据与理由').allInnerTexts();
    expect(basis.join('\n')).toContain('2023–2025 年连续三年年度考核确定为优秀等次，记三等功');
    await screenshot(session().page, 'rules-grade-consequences');
  });

  it('[RULES][PHONE]: on a 390 px phone the form stacks, nothing scrolls sideways, and the answer is shown', async () => {
    const calc = await openCalculator({ width: 390, height: 844 });
    await calc.pickRule('提拔任用资格（影响期）');
    await calc.fillDate('审查日期', '2026-03-01');
    await calc.choose('措施', '政务警告', calc.measure(1));
    await calc.fillDate('生效日期', '2025-10-31', calc.measure(1));
    await calc.calculate();
    await expect.poll(() => calc.outcome().innerText()).toBe('暂不可提拔，最早 2026-04-30 可提拔');
    const page = session().page;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Stacked: the answer sits below the form, not beside it.
    const form = await calc.panel().getByText('计算条件', { exact: true }).boundingBox();
    const answer = await calc.result().boundingBox();
    expect(answer?.y).toBeGreaterThan((form?.y ?? 0) + 200);
    await screenshot(page, 'rules-phone-promotion');
    await calc.pickRule('容错纠错认定建议');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'rules-phone-tolerance');
  });
});
