import { describe, expect, it } from 'vitest';
import { checkAction, HIDDEN_NOTICE, HIDDEN_TITLE, maskPhone, milestoneProgress, publicText, replyTiming, unitIndicators } from './participation.rules';
import { submitBody } from './participation.schema';

// DOMAIN.md §10 (ideas and enterprise appeals: reply deadline in working days, adoption, milestones; reply speed and
// adoption feed unit indicators) and §3 (a deadline is the last working day allowed).

describe('checkAction (DOMAIN.md §10 workflow)', () => {
  const base = { state: 'RECEIVED' as const, useStudyState: true, openMilestones: 0 };
  it.each([
    ['study', base, true, []],
    ['study', { ...base, useStudyState: false }, false, ['STUDY_NOT_USED']],
    ['adopt', base, true, []],
    ['adopt', { ...base, state: 'STUDYING' as const }, true, []],
    ['decline', { ...base, state: 'ADOPTED' as const }, false, ['WRONG_STATE']],
    ['complete', { ...base, state: 'ADOPTED' as const }, true, []],
    ['complete', { ...base, state: 'ADOPTED' as const, openMilestones: 2 }, false, ['MILESTONES_OPEN']],
    ['complete', { ...base, state: 'NOT_ADOPTED' as const }, false, ['WRONG_STATE']],
    ['study', { ...base, state: 'DONE' as const, useStudyState: false }, false, ['WRONG_STATE', 'STUDY_NOT_USED']],
  ] as const)('%s from %o → allowed %s, reasons %o', (action, facts, allowed, codes) => {
    const answer = checkAction(action, facts);
    expect(answer.allowed).toBe(allowed);
    expect(answer.reasons.map((r) => r.code)).toEqual(codes);
  });
});

describe('replyTiming (DOMAIN.md §3: the due day itself is still in time)', () => {
  it.each([
    [{ dueOn: '2026-10-13', answeredOn: null }, '2026-10-13', 'PENDING'],
    [{ dueOn: '2026-10-13', answeredOn: null }, '2026-10-14', 'OVERDUE'],
    [{ dueOn: '2026-10-13', answeredOn: '2026-10-13' }, '2026-12-01', 'ON_TIME'],
    [{ dueOn: '2026-10-13', answeredOn: '2026-10-14' }, '2026-10-14', 'LATE'],
  ] as const)('%o on %s → %s', (s, today, expected) => {
    expect(replyTiming(s, today)).toBe(expected);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0571-88886666', '057****6666'],
    ['12345', '***45'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('milestoneProgress (DOMAIN.md §10 milestones and progress for adopted ideas)', () => {
  it('is the mean of the milestones, none → null', () => {
    expect(milestoneProgress([])).toBeNull();
    expect(milestoneProgress([{ percent: 100 }, { percent: 50 }, { percent: 0 }])).toBe(50);
    expect(milestoneProgress([{ percent: 100 }, { percent: 33 }])).toBe(67);
  });
});

describe('publicText (issue 8: moderation keeps the original, shows a redacted version)', () => {
  const s = { title: '原标题', content: '原内容', hidden: false, redactedTitle: null, redactedContent: null };
  it('shows the original when not moderated, the redaction when given, a notice when hidden', () => {
    expect(publicText(s)).toEqual({ title: '原标题', content: '原内容' });
    expect(publicText({ ...s, redactedContent: '已处理内容' })).toEqual({ title: '原标题', content: '已处理内容' });
    expect(publicText({ ...s, hidden: true, redactedTitle: '已处理标题', redactedContent: '已处理内容' })).toEqual({
      title: '已处理标题',
      content: HIDDEN_NOTICE,
    });
    expect(publicText({ ...s, hidden: true })).toEqual({ title: HIDDEN_TITLE, content: HIDDEN_NOTICE });
  });
});

describe('unitIndicators (DOMAIN.md §10: reply speed, resolution and satisfaction per unit)', () => {
  const row = (unitId: string, state: 'RECEIVED' | 'ADOPTED' | 'NOT_ADOPTED' | 'DONE', answeredOn: string | null, rating: number | null = null) => ({
    unitId,
    state,
    dueOn: '2026-03-10',
    answeredOn,
    rating,
  });
  it('counts due, in time, overdue, resolved and the mean rating per unit', () => {
    const rows = [
      row('a', 'ADOPTED', '2026-03-09', 5),
      row('a', 'DONE', '2026-03-10', 4),
      row('a', 'NOT_ADOPTED', '2026-03-12', 2),
      row('a', 'RECEIVED', null),
      row('b', 'RECEIVED', null),
    ];
    const [a, b] = unitIndicators(rows, '2026-03-11');
    expect(a).toEqual({
      unitId: 'a',
      received: 4,
      answered: 3,
      due: 4,
      answeredInTime: 2,
      overdueOpen: 1,
      replyInTimeRate: 50,
      resolved: 2,
      resolutionRate: 66.7,
      rated: 3,
      meanSatisfaction: 3.7,
    });
    expect(b).toMatchObject({ received: 1, answered: 0, due: 1, overdueOpen: 1, replyInTimeRate: 0, resolutionRate: null, meanSatisfaction: null });
  });
  it('leaves the rate empty while nothing is due yet', () => {
    expect(unitIndicators([row('a', 'RECEIVED', null)], '2026-03-10')[0]).toMatchObject({ due: 0, replyInTimeRate: null });
  });
});

describe('submitBody (issue 8: real-name with phone, or anonymous; appeals carry an enterprise identity)', () => {
  const common = {
    categoryId: crypto.randomUUID(),
    title: '建议增设公交站',
    content: '建议在新区学校门口增设一个公交站点。',
    challengeToken: crypto.randomUUID(),
    challengeAnswer: 7,
  };
  const paths = (body: unknown) => {
    const parsed = submitBody.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort();
  };
  it.each([
    ['anonymous idea', { ...common, kind: 'IDEA', anonymous: true }, []],
    ['anonymous idea with a phone', { ...common, kind: 'IDEA', anonymous: true, phone: '13812345678' }, ['anonymous']],
    ['real-name idea without contact', { ...common, kind: 'IDEA', anonymous: false }, ['contactName', 'phone']],
    ['real-name idea', { ...common, kind: 'IDEA', anonymous: false, contactName: '王五', phone: '13812345678' }, []],
    ['anonymous appeal', { ...common, kind: 'APPEAL', anonymous: true }, ['anonymous', 'contactName', 'creditCode', 'enterpriseName', 'phone']],
    [
      'appeal',
      {
        ...common,
        kind: 'APPEAL',
        anonymous: false,
        contactName: '李经理',
        phone: '0571-88886666',
        enterpriseName: '某某科技有限公司',
        creditCode: '91330100MA2B3C4D5E',
      },
      [],
    ],
    ['bad phone and short content', { ...common, kind: 'IDEA', anonymous: false, contactName: '王五', phone: '123', content: '太短' }, ['content', 'phone']],
  ])('%s → bad fields %o', (_, body, expected) => expect(paths(body)).toEqual(expected));
});
