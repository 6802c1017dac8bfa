import { describe, expect, it } from 'vitest';
import type { ToleranceOutcome } from '../rules/tolerance.codes';
import {
  type DecisionContext,
  type DecisionFields,
  datedStepIssues,
  decisionIssues,
  matchesRecommendation,
  type ToleranceDecision,
} from './tolerance-decision.rules';

describe('matchesRecommendation (DOMAIN.md §6: the body decides; a different decision needs a written reason)', () => {
  const rows: Array<[string, ToleranceOutcome, ToleranceDecision, boolean]> = [
    ['问责条例第十七条: EXEMPT recommended, EXEMPT decided', 'EXEMPT', 'EXEMPT', true],
    ['问责条例第十七条: EXEMPT recommended, LIGHTER decided', 'EXEMPT', 'LIGHTER', false],
    ['问责条例第十八条: MITIGATE leaves 从轻 to the body', 'MITIGATE', 'LIGHTER', true],
    ['问责条例第十八条: MITIGATE leaves 减轻 to the body', 'MITIGATE', 'REDUCED', true],
    ['问责条例第十八条: MITIGATE recommended, EXEMPT decided', 'MITIGATE', 'EXEMPT', false],
    ['问责条例第十八条: MITIGATE recommended, REJECTED decided', 'MITIGATE', 'REJECTED', false],
    ['DOMAIN.md §6 step 5: REJECTED recommended, REJECTED decided', 'REJECTED', 'REJECTED', true],
    ['DOMAIN.md §6 step 5: REJECTED recommended, REDUCED decided', 'REJECTED', 'REDUCED', false],
  ];
  it.each(rows)('%s', (_clause, outcome, decision, expected) => {
    expect(matchesRecommendation(outcome, decision)).toBe(expected);
  });
});

const fields = (overrides: Partial<DecisionFields> = {}): DecisionFields => ({
  meetingDate: '2026-10-20',
  attendees: ['张三', '李四', '王五', '赵六', '钱七'],
  votes: { for: 3, against: 1, abstain: 1 },
  decision: 'EXEMPT',
  differenceReason: '',
  ...overrides,
});
const context = (overrides: Partial<DecisionContext> = {}): DecisionContext => ({
  asOf: '2026-10-21',
  openedOn: '2026-09-30',
  recommended: 'EXEMPT',
  exclusions: [],
  ...overrides,
});
const paths = (f: DecisionFields, c: DecisionContext) => decisionIssues(f, c).map((i) => i.path);

describe('decisionIssues (DOMAIN.md §6 集体研究: attendance and votes recorded; a differing decision gives its reason)', () => {
  it('问责条例第十七条: a decision that follows the recommendation, carried by a majority, needs nothing more', () => {
    expect(decisionIssues(fields(), context())).toEqual([]);
  });

  it('DOMAIN.md §6: a decision other than the recommendation without a written reason names fields.differenceReason', () => {
    expect(paths(fields({ decision: 'LIGHTER' }), context())).toEqual(['fields.differenceReason']);
    expect(paths(fields({ decision: 'LIGHTER', differenceReason: '损失已全部挽回，但程序存在瑕疵' }), context())).toEqual([]);
  });

  it('问责条例第十八条: 从轻 and 减轻 both follow a MITIGATE recommendation without a reason', () => {
    expect(paths(fields({ decision: 'REDUCED' }), context({ recommended: 'MITIGATE' }))).toEqual([]);
    expect(paths(fields({ decision: 'EXEMPT' }), context({ recommended: 'MITIGATE' }))).toEqual(['fields.differenceReason']);
  });

  it('DOMAIN.md §6 exclusions are a hard veto: with one established only 不予容错 can be decided, reason or not', () => {
    const vetoed = context({ recommended: 'REJECTED', exclusions: ['PERSONAL_GAIN'] });
    const issues = decisionIssues(fields({ decision: 'EXEMPT', differenceReason: '集体研究认为情有可原' }), vetoed);
    expect(issues).toEqual([{ path: 'fields.decision', message: expect.stringContaining('谋取私利') }]);
    expect(paths(fields({ decision: 'REJECTED' }), vetoed)).toEqual([]);
  });

  it('集体研究: the votes for must be more than half of those present, and the votes cannot outnumber them', () => {
    expect(paths(fields({ votes: { for: 2, against: 2, abstain: 1 } }), context())).toEqual(['fields.votes.for']);
    expect(paths(fields({ attendees: ['甲', '乙', '丙', '丁'], votes: { for: 2, against: 2, abstain: 0 } }), context())).toEqual(['fields.votes.for']);
    expect(paths(fields({ attendees: ['甲', '乙', '丙', '丁'], votes: { for: 3, against: 1, abstain: 0 } }), context())).toEqual([]);
    expect(paths(fields({ votes: { for: 5, against: 1, abstain: 0 } }), context())).toEqual(['fields.votes']);
  });

  it('a meeting cannot be in the future nor before the case was opened; every bad field is named at once', () => {
    expect(paths(fields({ meetingDate: '2026-10-22' }), context())).toEqual(['fields.meetingDate']);
    expect(paths(fields({ meetingDate: '2026-09-29' }), context())).toEqual(['fields.meetingDate']);
    expect(paths(fields({ meetingDate: '2026-10-21' }), context())).toEqual([]);
    expect(paths(fields({ meetingDate: '2026-11-01', votes: { for: 1, against: 0, abstain: 0 }, decision: 'REJECTED' }), context())).toEqual([
      'fields.meetingDate',
      'fields.votes.for',
      'fields.differenceReason',
    ]);
  });
});

describe('datedStepIssues (DOMAIN.md §6 procedure: feedback, then filing, each dated)', () => {
  const at = { asOf: '2026-10-21', notBefore: '2026-10-20', path: 'fields.feedbackOn', label: '反馈日期', after: '会议日期' };
  it('accepts a day between the previous step and today', () => {
    expect(datedStepIssues('2026-10-20', at)).toEqual([]);
    expect(datedStepIssues('2026-10-21', at)).toEqual([]);
  });
  it('refuses a day in the future or before the previous step, naming the field', () => {
    expect(datedStepIssues('2026-10-22', at)).toEqual([{ path: 'fields.feedbackOn', message: '反馈日期不能晚于今天' }]);
    expect(datedStepIssues('2026-10-19', at)).toEqual([{ path: 'fields.feedbackOn', message: '反馈日期不能早于会议日期（2026-10-20）' }]);
  });
});
