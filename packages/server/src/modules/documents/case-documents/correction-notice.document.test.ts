import { describe, expect, it } from 'vitest';
import { type CorrectionNoticeModel, correctionNoticeDocument, correctionNoticeNumber } from './correction-notice.document';

/* 纠错整改通知书 (DOMAIN.md §6 "correction plan with deadline and follow-up"). */

const model = (over: Partial<CorrectionNoticeModel> = {}): CorrectionNoticeModel => ({
  jurisdiction: { name: '示范县', level: 'county' },
  case: { number: '容〔2026〕12号', unitName: '县发展和改革局', subjectName: '甲一' },
  tolerance: { origin: 'SELF_APPLICATION', matter: '在推进园区招商项目中先行试点，造成一定损失' },
  decision: { decision: 'EXEMPT', meetingDate: '2026-11-03' },
  tasks: [
    { description: '完善招商项目审批流程。', owner: '甲一', deadline: '2026-11-20' },
    { description: '挽回剩余损失', owner: '县发展和改革局', deadline: '2026-12-31' },
  ],
  date: '2026-11-05',
  ...over,
});

describe('correctionNoticeNumber: the case number with 纠 after its prefix, never the 认定书’s', () => {
  it.each([
    ['容〔2026〕12号', '容纠〔2026〕12号'],
    ['容〔2027〕1号', '容纠〔2027〕1号'],
    ['2026-12', '2026-12（纠）'],
  ])('%s → %s', (number, notice) => {
    expect(correctionNoticeNumber(number)).toBe(notice);
    expect(correctionNoticeNumber(number)).not.toBe(number);
  });
});

describe('correctionNoticeDocument', () => {
  const doc = correctionNoticeDocument(model());
  const text = doc.body.map((p) => p.text).join('\n');

  it('goes from the discipline commission to the cadre’s unit under its own number, dated the day the plan was last added to', () => {
    expect(doc).toMatchObject({
      issuer: '中共示范县纪律检查委员会',
      number: '容纠〔2026〕12号',
      title: '关于做好甲一同志容错事项\n纠错整改工作的通知',
      addressee: '县发展和改革局',
      signature: '中共示范县纪律检查委员会',
      date: '2026-11-05',
    });
  });

  it('cites the 认定书 by title and number, says why, and ends with 特此通知', () => {
    expect(doc.body[0]?.text).toBe(
      '2026年11月3日，本委经集体研究，对甲一同志所涉事项作出《关于给予甲一同志容错免责的认定意见》（容〔2026〕12号）。所涉事项：在推进园区招商项目中先行试点，造成一定损失。',
    );
    expect(doc.body.at(-1)?.text).toBe('特此通知。');
  });

  it('numbers each task with its owner and deadline, and asks for a report on completion', () => {
    const tasks = doc.body.filter((p) => /^\d\./.test(p.text)).map((p) => p.text);
    expect(tasks).toEqual([
      '1.完善招商项目审批流程。责任人：甲一；完成时限：2026年11月20日前。',
      '2.挽回剩余损失。责任人：县发展和改革局；完成时限：2026年12月31日前。',
    ]);
    expect(text).toContain('各项任务完成后，请及时将整改落实情况书面报告本委');
  });

  it('cites a 认定书 of another decision by its own title', () => {
    const lighter = correctionNoticeDocument(model({ decision: { decision: 'LIGHTER', meetingDate: '2026-11-03' } }));
    expect(lighter.body[0]?.text).toContain('《关于对甲一同志从轻问责的容错认定意见》（容〔2026〕12号）');
  });
});
