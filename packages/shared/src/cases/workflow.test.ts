import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import { TOLERANCE_WORKFLOW } from '../tolerance/tolerance.states';
import { caseNumber, dueDate, extensionRefusal, missingInputs, transitionOf } from './workflow';
import { WORKFLOWS } from './workflows';

const policy = CN_NATIONAL_POLICY;

describe('case numbers in the 文号 style (GB/T 9704 7.2.4: 发文机关代字、年份、发文顺序号, the year in 六角括号)', () => {
  it.each([
    ['容', 2026, 12, '容〔2026〕12号'],
    ['问', 2027, 1, '问〔2027〕1号'],
  ])('%s %i %i → %s', (prefix, year, seq, expected) => expect(caseNumber(prefix, year, seq)).toBe(expected));
});

describe('transitions leave only the states they name (DOMAIN.md §6 Procedure)', () => {
  it.each([
    ['SUBMITTED', 'accept', 'INVESTIGATING'],
    ['SUBMITTED', 'refuse', 'NOT_ACCEPTED'],
    ['INVESTIGATING', 'report', 'DECIDING'],
    ['DECIDING', 'decide', 'FEEDBACK'],
    ['INVESTIGATING', 'accept', null],
    ['CLOSED', 'close', null],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(transitionOf(TOLERANCE_WORKFLOW, from, action)?.to ?? null).toBe(to));
});

describe('a transition names every field it lacks', () => {
  it('the collective decision needs its meeting date, attendees, votes and result (DOMAIN.md §6: attendance and votes recorded)', () => {
    const decide = transitionOf(TOLERANCE_WORKFLOW, 'DECIDING', 'decide');
    const issues = missingInputs(decide as NonNullable<typeof decide>, { note: '', fields: { meetingDate: '2026-03-02', attendees: [] } });
    expect(issues.map((i) => i.path)).toEqual(['fields.attendees', 'fields.votes', 'fields.decision']);
  });
  it('refusing to accept needs a reason', () => {
    const refuse = transitionOf(TOLERANCE_WORKFLOW, 'SUBMITTED', 'refuse');
    expect(missingInputs(refuse as NonNullable<typeof refuse>, { note: '  ', fields: {} })).toEqual([{ path: 'note', message: '不予受理须写明理由' }]);
  });
});

describe('time limits count working days of the published calendar, or calendar months (DOMAIN.md §3, §6, §7)', () => {
  const states = TOLERANCE_WORKFLOW.states;
  it.each([
    // Acceptance review, 5 working days, across 国庆节 2026 and its make-up Saturday 2026-10-10.
    ['2026-09-30', states.SUBMITTED.limit, 0, '2026-10-13'],
    // Investigation, 30 working days, extended by 15.
    ['2026-03-02', states.INVESTIGATING.limit, 0, '2026-04-14'],
    ['2026-03-02', states.INVESTIGATING.limit, 15, '2026-05-08'],
    // Organizational adjustment within 1 month of the decision, clamped to the month's end (§7).
    ['2026-01-31', WORKFLOWS.ACCOUNTABILITY.states.DECIDED?.limit, 0, '2026-02-28'],
  ] as const)('from %s → %s', (from, limit, extra, expected) => {
    expect(dueDate(SHIPPED_CALENDAR, policy, limit as NonNullable<typeof limit>, from, extra).date).toBe(expected);
  });
});

describe('extensions: investigation once, by at most 15 working days (DOMAIN.md §6 "extendable once by 15 with approval")', () => {
  it.each([
    ['INVESTIGATING', 0, 15, null],
    ['INVESTIGATING', 0, 16, { field: 'workdays', text: '延期不能超过 15 个工作日' }],
    ['INVESTIGATING', 1, 5, { text: '本阶段已延期 1 次，政策最多允许 1 次' }],
    ['SUBMITTED', 0, 5, { text: '“待受理”阶段不能申请延期' }],
  ] as const)('%s, %i granted, asking %i → %o', (state, granted, workdays, expected) => {
    expect(extensionRefusal(TOLERANCE_WORKFLOW, policy, state, granted, workdays)).toEqual(expected);
  });
});

describe('every workflow is whole', () => {
  it.each(Object.values(WORKFLOWS).map((w) => [w.type, w] as const))('%s: transitions join its states, and every state can be reached', (_type, workflow) => {
    const states = Object.keys(workflow.states);
    const reached = new Set([workflow.initial]);
    for (const t of workflow.transitions) {
      for (const from of t.from) expect(states).toContain(from);
      expect(states).toContain(t.to);
      reached.add(t.to);
    }
    expect([...reached].sort()).toEqual([...states].sort());
  });
});
