import { describe, expect, it } from 'vitest';
import { caseDecisionRecipients, caseWorkers, notificationKey, receiptsByUnit } from './notification.rules';

describe('notificationKey — one message per kind, subject and date', () => {
  it.each([
    ['a limit', ['CASE_OVERDUE', 'c1', '2026-03-05'], 'CASE_OVERDUE:c1:2026-03-05'],
    ['an extended limit is a new key', ['CASE_OVERDUE', 'c1', '2026-03-20'], 'CASE_OVERDUE:c1:2026-03-20'],
    ['an event without a date', ['ANNOUNCEMENT', 'a1', null], 'ANNOUNCEMENT:a1'],
  ] as const)('%s', (_, [kind, id, on], expected) => {
    expect(notificationKey(kind, id, on)).toBe(expected);
  });
});

describe('caseWorkers — DOMAIN.md §1 scope `assigned`: the people taking part in a case', () => {
  it.each([
    [
      'handlers and consulted, each once',
      [
        ['u1', 'HANDLER'],
        ['u2', 'CONSULTED'],
        ['u1', 'CONSULTED'],
      ],
      null,
      ['u1', 'u2'],
    ],
    [
      'the applicant is not reminded of the office’s limit',
      [
        ['u1', 'APPLICANT'],
        ['u2', 'HANDLER'],
      ],
      null,
      ['u2'],
    ],
    [
      'the actor who assigned is left out',
      [
        ['u1', 'HANDLER'],
        ['u2', 'HANDLER'],
      ],
      'u1',
      ['u2'],
    ],
    ['nobody assigned yet', [], null, []],
  ] as const)('%s', (_, people, except, expected) => {
    expect(
      caseWorkers(
        people.map(([userId, role]) => ({ userId, role })),
        except,
      ),
    ).toEqual(expected);
  });
});

describe('caseDecisionRecipients — the people of the case and the cadre it is about', () => {
  it.each([
    ['applicant, handler and the subject cadre', [{ userId: 'a' }, { userId: 'h' }], ['s'], 'x', ['a', 'h', 's']],
    ['the deciding actor is not told of their own step', [{ userId: 'a' }, { userId: 'h' }], [], 'h', ['a']],
    ['the subject who is also the applicant, once', [{ userId: 's' }], ['s'], null, ['s']],
  ])('%s', (_, participants, subject, except, expected) => {
    expect(caseDecisionRecipients(participants, subject, except)).toEqual(expected);
  });
});

describe('receiptsByUnit — 阅读回执: who has read and who has not, per unit', () => {
  const row = (userId: string, name: string, unitId: string | null, readAt: string | null) => ({
    userId,
    name,
    unitId,
    unitName: unitId ? `单位${unitId}` : null,
    readAt,
  });

  it('counts per unit, keeps the units’ order and lists accounts without a unit last', () => {
    const result = receiptsByUnit([
      row('1', '张三', null, null),
      row('2', '李四', 'B', '2026-03-02T01:00:00.000Z'),
      row('3', '王五', 'A', null),
      row('4', '赵六', 'B', null),
    ]);
    expect(result.map((u) => [u.unitName, u.total, u.read])).toEqual([
      ['单位B', 2, 1],
      ['单位A', 1, 0],
      ['未分配单位', 1, 0],
    ]);
    expect(result[0]?.readers.map((p) => p.name)).toEqual(['李四']);
    expect(result[0]?.unreadPeople.map((p) => p.name)).toEqual(['赵六']);
  });

  it('sorts people by name in pinyin order', () => {
    const [unit] = receiptsByUnit([row('1', '张三', 'A', null), row('2', '李四', 'A', null), row('3', '王五', 'A', null)]);
    expect(unit?.unreadPeople.map((p) => p.name)).toEqual(['李四', '王五', '张三']);
  });

  it('nobody to tell: no units', () => {
    expect(receiptsByUnit([])).toEqual([]);
  });
});
