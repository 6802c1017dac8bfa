import { describe, expect, it } from 'vitest';
import type { AccountabilityState } from './accountability.states';
import { decisionCircumstance, leadProposal, proposalOutcome, repeatFlag } from './coordination.rules';

// DOMAIN.md §7 "Coordination" (问责统筹): one case per subject and matter, 谁有管理权限谁问责, no second accountability
// for the same facts, a flag for two within 12 months; 问责条例 第十七、十八、二十一条.
const existing = (...states: AccountabilityState[]) => states.map((state, i) => ({ caseId: `c${i}`, number: `问〔2026〕${i + 1}号`, state }));

describe('proposalOutcome', () => {
  it.each([
    ['no case yet → open one', [], 'OPEN'],
    ['a proposed case → merge into it', ['PROPOSED'], 'MERGE'],
    ['a case under coordination → merge into it', ['COORDINATING'], 'MERGE'],
    ['decided → refused (同一事实不得重复问责)', ['DECIDED'], 'REFUSE'],
    ['executed → refused', ['EXECUTED'], 'REFUSE'],
    ['not held → refused', ['NOT_HELD'], 'REFUSE'],
    ['exempted by tolerance (第十七条) → refused', ['EXEMPTED'], 'REFUSE'],
    ['corrected (第二十一条) → a new case', ['CORRECTED'], 'OPEN'],
    ['corrected, then reopened and still open → merge into the open one', ['CORRECTED', 'PROPOSED'], 'MERGE'],
  ] as const)('%s', (_name, states, outcome) => {
    expect(proposalOutcome(existing(...states)).outcome).toBe(outcome);
  });

  it('says why a second accountability is refused, naming the decided case', () => {
    const r = proposalOutcome(existing('CORRECTED', 'DECIDED'));
    expect(r).toMatchObject({ outcome: 'REFUSE', caseId: 'c1' });
    expect(r.reasons[0]?.text).toBe('同一事实不得重复问责：该对象就本事项已作出问责决定（问〔2026〕2号）');
  });
});

describe('leadProposal (谁有管理权限谁问责)', () => {
  const p = (id: string, body: 'DISCIPLINE' | 'ORG_DEPT' | 'INSPECTION', seq: number) => ({ id, body, seq });
  it.each([
    ['the discipline commission leads when it proposes, even second', [p('a', 'ORG_DEPT', 1), p('b', 'DISCIPLINE', 2)], 'b'],
    ['its first proposal leads', [p('b', 'DISCIPLINE', 3), p('a', 'DISCIPLINE', 2)], 'a'],
    ['otherwise the first proposal of any body', [p('a', 'INSPECTION', 2), p('b', 'ORG_DEPT', 1)], 'b'],
  ] as const)('%s', (_name, proposals, lead) => {
    expect(leadProposal(proposals)?.id).toBe(lead);
  });

  it('has no lead without proposals', () => {
    expect(leadProposal([])).toBeNull();
  });
});

describe('repeatFlag (12 months, calendar months clamped to month end)', () => {
  const d = (n: number, decidedOn: string) => ({ caseId: `c${n}`, number: `问〔2025〕${n}号`, decidedOn });
  it.each([
    ['none before → no flag', '2026-03-10', [], false],
    ['4 months before → flagged', '2026-03-10', [d(1, '2025-11-10')], true],
    ['exactly 12 months before → flagged (both ends count)', '2026-03-10', [d(1, '2025-03-10')], true],
    ['12 months and a day before → not flagged', '2026-03-10', [d(1, '2025-03-09')], false],
    ['from 02-28 back to 02-28 of the year before', '2026-02-28', [d(1, '2025-02-28')], true],
    ['a later decision is not an earlier one', '2026-03-10', [d(1, '2026-04-01')], false],
  ] as const)('%s', (_name, asOf, others, flagged) => {
    expect(repeatFlag(asOf, 12, others).flagged).toBe(flagged);
  });

  it('lists the earlier decisions, latest first, in its reason', () => {
    const r = repeatFlag('2026-03-10', 12, [d(1, '2025-06-01'), d(2, '2025-12-01')]);
    expect(r.earlier.map((e) => e.number)).toEqual(['问〔2025〕2号', '问〔2025〕1号']);
    expect(r.reasons[0]?.text).toBe('12 个月内已被问责：问〔2025〕2号（2025-12-01）、问〔2025〕1号（2025-06-01）');
  });
});

describe('decisionCircumstance (第十七、十八条)', () => {
  const tol = (decision: 'EXEMPT' | 'LIGHTER' | 'REDUCED' | 'REJECTED') => ({ number: '容〔2026〕3号', decision });
  it.each([
    ['no tolerance case, none given → NONE', undefined, null, 'NONE', false, null],
    ['no tolerance case, HEAVIER given (第十九条) → HEAVIER', 'HEAVIER', null, 'HEAVIER', false, null],
    ['tolerance LIGHTER, none given → adopted', undefined, tol('LIGHTER'), 'LIGHTER', true, null],
    ['tolerance REDUCED, REDUCED given → kept', 'REDUCED', tol('REDUCED'), 'REDUCED', false, null],
    ['tolerance REDUCED, NONE given → refused', 'NONE', tol('REDUCED'), 'NONE', false, 'IGNORES_TOLERANCE'],
    ['tolerance LIGHTER, REDUCED given → refused', 'REDUCED', tol('LIGHTER'), 'REDUCED', false, 'IGNORES_TOLERANCE'],
    ['tolerance REJECTED binds nothing', 'AGGRAVATED', tol('REJECTED'), 'AGGRAVATED', false, null],
    ['tolerance EXEMPT → no decision at all', undefined, tol('EXEMPT'), 'NONE', false, 'EXEMPTED_BY_TOLERANCE'],
  ] as const)('%s', (_name, given, tolerance, circumstance, adopted, refusal) => {
    const r = decisionCircumstance(given, tolerance);
    expect([r.circumstance, r.adopted, r.refusal?.code ?? null]).toEqual([circumstance, adopted, refusal]);
  });

  it('names both circumstances when it refuses', () => {
    expect(decisionCircumstance('NONE', tol('LIGHTER')).refusal?.text).toBe(
      '容错认定 容〔2026〕3号 已决定从轻，问责情节应为“从轻问责”，不能是“无从轻、减轻、从重、加重情节”',
    );
  });
});
