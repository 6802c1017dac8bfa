import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../calendar/work-calendar';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import { DEFAULT_RULE_CONTEXT, evaluateRule, RULE_NAMES, RULES } from './index';

const issuesOf = (outcome: ReturnType<typeof evaluateRule>) =>
  outcome.ok ? [] : (outcome.error.details as { issues: Array<{ path: string; message: string }> }).issues;

describe('rule registry', () => {
  it('has the seven rules, each named after its key and titled in Chinese', () => {
    expect(RULE_NAMES).toEqual(['workdays', 'promotion', 'annual-grade', 'quota', 'tolerance', 'clarification', 'grade-consequences']);
    for (const name of RULE_NAMES) {
      expect(RULES[name].name).toBe(name);
      expect(RULES[name].title).toMatch(/\p{Script=Han}/u);
    }
  });

  it('政务处分法第八条: evaluates the reference example', () => {
    const outcome = evaluateRule('promotion', { asOf: '2026-03-01', measures: [{ code: 'GOV_WARNING', effectiveOn: '2025-10-31' }] });
    expect(outcome).toMatchObject({ ok: true, result: { eligible: false, eligibleFrom: '2026-04-30' } });
  });

  it('DOMAIN.md §3: answers a batch of workdays questions in order', () => {
    const outcome = evaluateRule('workdays', [
      { op: 'add', from: '2025-12-31', days: 1 },
      { op: 'noticeEnd', start: '2026-10-01', days: 5 },
      { op: 'count', from: '2026-02-01', to: '2026-02-28' },
      { op: 'count', from: '2027-03-01', to: '2027-03-05' },
    ]);
    expect(outcome).toEqual({
      ok: true,
      result: [
        { date: '2026-01-04', provisional: false },
        { date: '2026-10-13', provisional: false },
        { days: 16, provisional: false },
        { days: 5, provisional: true },
      ],
    });
  });

  it('uses the calendar of the context (the server passes its table)', () => {
    const calendar = buildWorkCalendar([{ date: '2027-03-01', kind: 'holiday', name: '测试' }]);
    const outcome = evaluateRule('workdays', { op: 'count', from: '2027-03-01', to: '2027-03-05' }, { ...DEFAULT_RULE_CONTEXT, calendar });
    expect(outcome).toEqual({ ok: true, result: { days: 4, provisional: false } });
  });

  it('uses the policy of the context', () => {
    const policy = { ...CN_NATIONAL_POLICY, quota: { ...CN_NATIONAL_POLICY.quota, excellentPercent: 15 } };
    expect(evaluateRule('quota', { participants: 20 }, { ...DEFAULT_RULE_CONTEXT, policy })).toMatchObject({ ok: true, result: { maxExcellent: 3 } });
  });

  it('names every bad field of every element of a batch, prefixed with its index, and evaluates nothing', () => {
    const outcome = evaluateRule('promotion', [
      { asOf: '2026-03-01', measures: [] },
      { asOf: '2026-02-30', measures: [{ code: 'GOV_SCOLD', effectiveOn: '2025-10-31', note: 'x' }] },
      { measures: [{ code: 'PARTY_PROBATION', effectiveOn: '2025-01-01' }], lastYearGrade: 'GOOD' },
    ]);
    expect(outcome.ok).toBe(false);
    expect(issuesOf(outcome).map((i) => i.path)).toEqual([
      '1.asOf',
      '1.measures.0.code',
      '1.measures.0.note',
      '2.asOf',
      '2.measures.0.months',
      '2.lastYearGrade',
    ]);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('VALIDATION_FAILED');
      expect(outcome.error.message).toContain('6 处错误');
      expect(outcome.error.message).toContain('2.measures.0.months');
    }
  });

  it('says a missing field is missing', () => {
    const issues = issuesOf(evaluateRule('clarification', { impacts: ['RIGHTS_AFFECTED'] }));
    expect(issues).toEqual([
      { path: 'conclusion', message: '缺少必填字段' },
      { path: 'consent', message: '缺少必填字段' },
    ]);
  });

  it.each([
    ['workdays', { op: 'subtract', from: '2026-01-01', days: 1 }, ['op']],
    ['workdays', { op: 'add', from: '2026-01-01', days: -1 }, ['days']],
    ['workdays', { op: 'noticeEnd', start: '2026-01-01', days: 0 }, ['days']],
    ['workdays', { op: 'count', from: '1900-01-01', to: '2026-01-01' }, ['to']],
    ['workdays', { op: 'count', from: '2026-02-30', to: 'soon' }, ['from', 'to']],
    ['promotion', { asOf: '2026-03-01', measures: [{ code: 'ORG_SUSPEND', effectiveOn: '2026-02-30', liftedOn: '2026-01-01' }] }, ['measures.0.effectiveOn']],
    ['quota', { participants: 1.5, ratio: '0.2.1', rounding: 'up' }, ['participants', 'ratio', 'rounding']],
    ['tolerance', { situations: ['BRAVE'], conditions: { COMPLIANT: 'yes', LUCKY: true } }, ['situations.0', 'conditions.COMPLIANT', 'conditions.LUCKY']],
    ['annual-grade', { year: 2026.5, measures: [{ code: 'GOV_WARNING', effectiveOn: '2026-01-01', months: 6 }] }, ['year', 'measures.0.months']],
    [
      'grade-consequences',
      {
        history: [
          { year: 2025, grade: 'EXCELLENT' },
          { year: 2025, grade: 'GOOD' },
        ],
      },
      ['history.1.grade'],
    ],
    [
      'grade-consequences',
      {
        history: [
          { year: 2025, grade: 'EXCELLENT' },
          { year: 2025, grade: null },
        ],
      },
      ['history.1.year'],
    ],
    ['promotion', { asOf: '2026-03-01', measures: [{ code: 'GOV_WARNING', effectiveOn: '2026-01-01', liftedOn: '2026-02-01' }] }, ['measures.0.liftedOn']],
    ['promotion', { asOf: '2026-03-01', measures: [{ code: 'ORG_SUSPEND', effectiveOn: '2026-01-01', liftedOn: '2025-12-01' }] }, ['measures.0.liftedOn']],
    // DOMAIN.md §5: an approved raise goes to at most 25%; a higher ratio is bad input, checked against the policy.
    ['quota', { participants: 10, ratio: 0.3 }, ['ratio']],
    [
      'quota',
      [
        { participants: 10, ratio: '0.25' },
        { participants: 10, ratio: '0.26' },
      ],
      ['1.ratio'],
    ],
    ['workdays', { op: 'add', from: '9999-12-30', days: 5 }, ['from']],
  ])('%s refuses %j naming %j', (name, input, paths) => {
    expect(issuesOf(evaluateRule(name, input)).map((i) => i.path)).toEqual(paths);
  });

  it('refuses an unknown rule, listing the known ones', () => {
    const outcome = evaluateRule('eligibility', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNKNOWN_RULE', details: { rules: RULE_NAMES } } });
  });

  it('reads an optional fact sent as null as not established', () => {
    const outcome = evaluateRule('promotion', { asOf: '2026-03-01', measures: [], underInvestigation: null, lastYearGrade: null });
    expect(outcome).toMatchObject({ ok: true, result: { eligible: true } });
  });

  it('answers an empty batch with an empty array', () => {
    expect(evaluateRule('quota', [])).toEqual({ ok: true, result: [] });
  });
});
