import { describe, expect, it } from 'vitest';
import {
  byUrgency,
  figureText,
  heatMapOf,
  lastMonths,
  monthlyValues,
  monthPeriod,
  type ToneRule,
  toneOf,
  totalsOf,
  type UnitCount,
  yearToDate,
} from './dashboard.rules';

describe('periods — a flow is counted over a stated period: the year so far on the dashboard, the month in its report', () => {
  it('the dashboard counts flows over the year so far', () => {
    expect(yearToDate('2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' });
  });

  it.each([
    ['a past month: the whole month', '2026-02', '2026-11-26', { from: '2026-02-01', to: '2026-02-28' }],
    ['a leap February', '2028-02', '2028-03-01', { from: '2028-02-01', to: '2028-02-29' }],
    ['the running month: up to today', '2026-11', '2026-11-26', { from: '2026-11-01', to: '2026-11-26' }],
    ['its first day', '2026-11', '2026-11-01', { from: '2026-11-01', to: '2026-11-01' }],
    ['a month not begun: nothing to report', '2026-12', '2026-11-26', null],
  ])('monthly report period: %s', (_, month, today, period) => {
    expect(monthPeriod(month, today)).toEqual(period);
  });

  it.each([
    [
      'twelve months across a year end, oldest first',
      '2026-03-31',
      12,
      ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'],
    ],
    ['a month-end day does not skip a short month', '2026-03-31', 2, ['2026-02', '2026-03']],
    ['one month', '2026-01-15', 1, ['2026-01']],
  ])('trend months: %s', (_, asOf, n, months) => {
    expect(lastMonths(asOf, n)).toEqual(months);
  });

  it('lays counts on the months, zero where none, ignoring months outside', () => {
    expect(
      monthlyValues(
        ['2026-01', '2026-02', '2026-03'],
        [
          { month: '2026-03', value: 2 },
          { month: '2026-01', value: 1 },
          { month: '2026-03', value: 1 },
          { month: '2025-12', value: 9 },
        ],
      ),
    ).toEqual([1, 0, 3]);
  });
});

describe('toneOf — when a figure asks for attention', () => {
  it.each<[string, ToneRule, number, number | null, string]>([
    ['DOMAIN.md §3: a working-day limit passed is a danger', { kind: 'overdue' }, 1, null, 'danger'],
    ['nothing overdue', { kind: 'overdue' }, 0, null, 'normal'],
    ['DOMAIN.md §4: a promotion bar ending soon is a warning', { kind: 'soon' }, 3, null, 'warning'],
    ['DOMAIN.md §9: coverage 25% is below 30%', { kind: 'minPercent', min: 30 }, 1, 25, 'warning'],
    ['DOMAIN.md §9: exactly 30% meets it', { kind: 'minPercent', min: 30 }, 3, 30, 'normal'],
    ['a share of nothing is not a shortfall', { kind: 'minPercent', min: 30 }, 0, null, 'normal'],
    ['a plain count never warns', { kind: 'none' }, 100, null, 'normal'],
  ])('%s', (_, rule, value, percent, tone) => {
    expect(toneOf(rule, value, percent)).toBe(tone);
  });
});

const c = (unitId: string, value: number, extra: Partial<UnitCount> = {}): UnitCount => ({ unitId, unitName: unitId, value, ...extra });

describe('totalsOf — a figure is the sum of its per-unit counts, so the figure and the heat map never disagree', () => {
  it('sums a stock and breaks it down in the given order, leaving out empty parts', () => {
    const counts = [c('甲', 2, { part: 'COMPLAINT' }), c('乙', 1, { part: 'TOLERANCE' }), c('甲', 1, { part: 'TOLERANCE' })];
    const order = [
      { code: 'TOLERANCE', label: '容错' },
      { code: 'ACCOUNTABILITY', label: '问责' },
      { code: 'COMPLAINT', label: '检举控告' },
    ];
    expect(totalsOf('stock', counts, order)).toEqual({
      value: 4,
      total: null,
      percent: null,
      parts: [
        { label: '容错', value: 2 },
        { label: '检举控告', value: 2 },
      ],
    });
  });

  it.each([
    ['DOMAIN.md §9 coverage: 1 of 3 visited is 33.3%', [c('甲', 1, { total: 2 }), c('乙', 0, { total: 1 })], { value: 1, total: 3, percent: 33.3 }],
    ['a share of nothing has no percent', [], { value: 0, total: 0, percent: null }],
  ])('shares: %s', (_, counts, expected) => {
    expect(totalsOf('share', counts)).toMatchObject(expected);
  });
});

describe('heatMapOf — units × KPIs', () => {
  it('lists units with any count in name order, and only the non-zero cells', () => {
    const map = heatMapOf([
      { code: 'OPEN', label: '在办', counts: [c('u2', 3), c('u1', 0)] },
      { code: 'OVERDUE', label: '逾期', counts: [c('u2', 1), c('u3', 2)] },
    ]);
    expect(map.kpis.map((k) => k.code)).toEqual(['OPEN', 'OVERDUE']);
    expect(map.units.map((u) => u.unitId)).toEqual(['u2', 'u3']);
    expect(map.cells).toEqual([
      [0, 0, 3],
      [1, 0, 1],
      [1, 1, 2],
    ]);
  });

  it('adds up counts of one unit split by part', () => {
    const map = heatMapOf([{ code: 'OPEN', label: '在办', counts: [c('u1', 1, { part: 'A' }), c('u1', 2, { part: 'B' })] }]);
    expect(map.cells).toEqual([[0, 0, 3]]);
  });
});

describe('byUrgency — the alert list', () => {
  it('puts a passed working-day limit (DOMAIN.md §3) before a bar ending soon (§4), keeping each figure’s own order', () => {
    const alerts = [
      { id: 'bar1', tone: 'warning' as const },
      { id: 'late1', tone: 'danger' as const },
      { id: 'bar2', tone: 'warning' as const },
      { id: 'late2', tone: 'danger' as const },
    ];
    expect(byUrgency(alerts).map((a) => a.id)).toEqual(['late1', 'late2', 'bar1', 'bar2']);
  });
});

describe('figureText — a figure in words, the same on the tile and in the monthly report', () => {
  it.each([
    ['a count with its unit', { basis: 'stock', value: 3, total: null, percent: null, unit: '件' }, '3 件'],
    ['a share with its percentage (回访覆盖面, DOMAIN.md §9)', { basis: 'share', value: 3, total: 10, percent: 30, unit: '人' }, '3/10（30%）'],
    ['a share of nobody has no percentage', { basis: 'share', value: 0, total: 0, percent: null, unit: '人' }, '0/0'],
  ] as const)('%s', (_, figure, text) => {
    expect(figureText(figure)).toBe(text);
  });
});
