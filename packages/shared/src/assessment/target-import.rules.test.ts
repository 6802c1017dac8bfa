import { describe, expect, it } from 'vitest';
import type { ImportCell } from '../cadres/cadre-import.rules';
import { isBlankTargetRow, mapTargetImportHeaders, planTargetImport, readTargetImportRow, type TargetImportCells } from './target-import.rules';
import { TARGET_IMPORT_HEADERS, type TargetImportField } from './target-import.schema';

// Issue 5 "Targets": a unit's admin decomposes the unit's targets to its people by importing a workbook; every bad
// cell is named by row and column (DESIGN.md §4 "Validation errors name every bad field, not just the first").

const cells = (values: Partial<Record<TargetImportField, ImportCell>>): TargetImportCells =>
  new Map(Object.entries(values) as Array<[TargetImportField, ImportCell]>);
const good = { level: '个人', title: '引进项目资金', cadreName: '张三', targetValue: 100, deadline: '2026-11-30' } as const;
const columnsOf = (values: Partial<Record<TargetImportField, ImportCell>>) => readTargetImportRow(5, cells(values)).issues.map((i) => i.column);

describe('mapTargetImportHeaders', () => {
  it('reads the template’s header row, in any order, ignoring decoration and extra columns', () => {
    const map = mapTargetImportHeaders(['备注', ...[...TARGET_IMPORT_HEADERS].reverse().map((h) => (h === '层级' ? '*层级' : h))]);
    expect(map.missing).toEqual([]);
    expect(map.columns.get(1)).toBe('deadline');
    expect(map.columns.has(0)).toBe(false);
  });

  it('names the required headers that are missing and those that repeat', () => {
    const map = mapTargetImportHeaders(['目标编号', '目标名称', '目标名称']);
    expect(map.missing).toEqual(['层级', '截止日期']);
    expect(map.duplicated).toEqual(['目标名称']);
  });
});

describe('readTargetImportRow', () => {
  it('reads a good row: the level by its label, a date cell or text, a number or numeric text', () => {
    const row = readTargetImportRow(5, cells({ ...good, deadline: new Date(Date.UTC(2026, 10, 30)), targetValue: '1,200.5', key: ' A1 ' }));
    expect(row.issues).toEqual([]);
    expect([row.level, row.deadline, row.targetValue, row.key, row.cadreName]).toEqual(['PERSON', '2026-11-30', 1200.5, 'A1', '张三']);
  });

  const cases: Array<[string, Partial<Record<TargetImportField, ImportCell>>, string[]]> = [
    ['a good row', good, []],
    ['an unknown level', { ...good, level: '部门' }, ['层级']],
    ['no level, title or deadline', { ...good, level: null, title: ' ', deadline: '' }, ['层级', '目标名称', '截止日期']],
    ['a title over 100 characters', { ...good, title: '长'.repeat(101) }, ['目标名称']],
    ['a target value in words', { ...good, targetValue: '一百' }, ['目标值']],
    ['a target value out of range', { ...good, targetValue: 2e9 }, ['目标值']],
    ['an impossible date', { ...good, deadline: '2026-02-30' }, ['截止日期']],
    ['an ID number with a wrong check digit', { ...good, idNumber: '110105198506010012' }, ['责任人身份证号']],
    ['an ID number typed as a number', { ...good, idNumber: 110105198506010000 }, ['责任人身份证号']],
    [
      'every bad cell at once',
      { level: 'x', title: '', targetValue: 'abc', deadline: 'soon', idNumber: '123' },
      ['层级', '目标名称', '目标值', '截止日期', '责任人身份证号'],
    ],
  ];
  it.each(cases)('%s', (_name, values, columns) => {
    expect(columnsOf(values)).toEqual(columns);
  });

  it('shows an ID number masked in its issue', () => {
    const [issue] = readTargetImportRow(7, cells({ ...good, idNumber: '110105198506010012' })).issues;
    expect(issue).toMatchObject({ row: 7, column: '责任人身份证号', value: '1****************2' });
  });

  it('takes a row of empty cells as blank', () => {
    expect(isBlankTargetRow(cells({ key: '', title: null, level: '  ' }))).toBe(true);
    expect(isBlankTargetRow(cells({ key: '', title: 'x' }))).toBe(false);
  });
});

describe('planTargetImport', () => {
  const stored = new Set(['stored-unit-target']);
  const keyed = (row: number, key: string, parentKey: string) => ({ row, key, parentKey });
  const plan = (rows: ReturnType<typeof keyed>[]) => planTargetImport(rows, stored);
  const issuesOf = (rows: ReturnType<typeof keyed>[]) => plan(rows).issues.map((i) => `${i.row}:${i.column}`);

  it('puts each parent before its children, whichever comes first in the file', () => {
    const rows = [keyed(2, '', 'B'), keyed(3, 'B', 'A'), keyed(4, 'A', 'stored-unit-target'), keyed(5, '', '')];
    const p = plan(rows);
    expect(p.issues).toEqual([]);
    expect(p.order.map((i) => rows[i]?.row)).toEqual([4, 5, 3, 2]);
    expect(p.parents).toEqual([{ kind: 'row', index: 1 }, { kind: 'row', index: 2 }, { kind: 'stored', id: 'stored-unit-target' }, { kind: 'none' }]);
  });

  const cases: Array<[string, ReturnType<typeof keyed>[], string[]]> = [
    ['a key used twice (every row of it told)', [keyed(2, 'A', ''), keyed(3, 'A', '')], ['2:目标编号', '3:目标编号']],
    ['a parent neither stored nor in the file', [keyed(2, '', 'nowhere')], ['2:上级目标编号']],
    ['a parent key that two rows carry', [keyed(2, 'A', ''), keyed(3, 'A', ''), keyed(4, '', 'A')], ['2:目标编号', '3:目标编号', '4:上级目标编号']],
    ['a row that is its own parent', [keyed(2, 'A', 'A')], ['2:上级目标编号']],
    [
      'a loop of rows (not the row hanging below it)',
      [keyed(2, 'A', 'C'), keyed(3, 'B', 'A'), keyed(4, 'C', 'B'), keyed(5, 'D', 'A')],
      ['2:上级目标编号', '3:上级目标编号', '4:上级目标编号'],
    ],
  ];
  it.each(cases)('%s', (_name, rows, issues) => {
    expect(issuesOf(rows).sort()).toEqual(issues);
  });

  it('says which rows form a loop, and still lists every row once', () => {
    const rows = [keyed(2, 'A', 'B'), keyed(3, 'B', 'A'), keyed(4, '', 'A')];
    const p = plan(rows);
    expect(p.issues.map((i) => i.message)).toEqual([
      '上级目标编号形成循环（第 2 行 → 第 3 行 → 第 2 行），无法确定上下级',
      '上级目标编号形成循环（第 3 行 → 第 2 行 → 第 3 行），无法确定上下级',
    ]);
    expect([...p.order].sort()).toEqual([0, 1, 2]);
  });
});
