import { describe, expect, it } from 'vitest';
import {
  cellText,
  duplicateRows,
  type ImportCell,
  type ImportLookups,
  isExampleRow,
  mapHeaders,
  readImportDate,
  readImportRow,
  splitTags,
} from './cadre-import.rules';
import type { ImportField } from './cadre-import.schema';
import { idNumberCheckCharacter } from './id-number.rules';

/** Issue 4 item 3 (roster import); DOMAIN.md §2 (干部); GB 11643-1999 for the ID number. */

const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
const MALE_1985 = withCheck('11010519850601001');

const UNIT = '11111111-1111-4111-8111-111111111111';
const lookups: ImportLookups = {
  dictionary: (d, text) => {
    const items: Record<string, Record<string, string>> = {
      gender: { 男: '1', 女: '2' },
      ethnicity: { 汉族: '01', 回族: '03' },
      political_status: { 中共党员: '01', 群众: '13' },
      education: { 大学本科: '21' },
      rank_level: { 一级科员: 'clerk_1' },
    };
    const list = items[d] ?? {};
    return list[text] ?? (Object.values(list).includes(text) ? text : null);
  },
  unit: (text) => (text === 'SFX-JYJ' || text === '示范县教育局' ? { id: UNIT } : { message: `单位“${text}”不存在或不在您的管理范围内` }),
};

const valid: Record<string, ImportCell> = {
  name: '张伟',
  idNumber: MALE_1985,
  gender: '男',
  ethnicity: '汉族',
  birthDate: new Date(Date.UTC(1985, 5, 1)),
  politicalStatus: '中共党员',
  partyJoinedOn: '2008.07',
  education: '大学本科',
  unitId: 'SFX-JYJ',
  rank: '一级科员',
  phone: '13800138000',
  fieldTags: '教育、乡村振兴,财政',
};
const row = (overrides: Record<string, ImportCell> = {}) =>
  readImportRow(new Map(Object.entries({ ...valid, ...overrides }) as [ImportField, ImportCell][]), lookups);
const problems = (overrides: Record<string, ImportCell>) => row(overrides).issues.map((i) => [i.field, i.message]);

describe('readImportDate: lenient in spelling, exact in value', () => {
  it.each([
    ['1985-06-01', 'day', '1985-06-01'],
    ['1985/6/1', 'day', '1985-06-01'],
    ['1985.06.01', 'day', '1985-06-01'],
    ['1985年6月1日', 'day', '1985-06-01'],
    ['19850601', 'day', '1985-06-01'],
    [19850601, 'day', '1985-06-01'],
    [31199, 'day', '1985-06-01'],
    [new Date(Date.UTC(1985, 5, 1)), 'day', '1985-06-01'],
    ['2005.07', 'month', '2005-07-01'],
    ['2005年7月', 'month', '2005-07-01'],
    ['200507', 'month', '2005-07-01'],
  ] as const)('%s (%s) → %s', (cell, precision, date) => {
    expect(readImportDate(cell, precision, '日期')).toEqual({ date });
  });
  it.each([
    ['2023-02-30', 'day'],
    ['2023-13-01', 'day'],
    ['1985.06', 'day'],
    ['明年', 'month'],
    ['1850-01-01', 'day'],
    [0.5, 'day'],
  ] as const)('%s (%s) is an error', (cell, precision) => {
    expect(readImportDate(cell, precision, '日期')).toHaveProperty('error');
  });
});

describe('headers', () => {
  it('matches required marks and ignores unknown columns', () => {
    const map = mapHeaders(['*姓名', '身份证号（必填）', ' 性别 ', '备注', '民族', '出生日期', '政治面貌', '全日制学历', '所在单位']);
    expect(map.missing).toEqual([]);
    expect(map.columns.get(0)?.field).toBe('name');
    expect(map.columns.has(3)).toBe(false);
  });
  it('names every missing required column and every repeated one', () => {
    const map = mapHeaders(['姓名', '姓名', '性别']);
    expect(map.missing).toEqual(['身份证号', '民族', '出生日期', '政治面貌', '全日制学历', '所在单位']);
    expect(map.duplicated).toEqual(['姓名']);
  });
});

describe('readImportRow', () => {
  it('reads a valid row into the create body (labels → codes, tags split, month dates)', () => {
    const result = row();
    expect(result.issues).toEqual([]);
    expect(result.input).toMatchObject({
      name: '张伟',
      idNumber: MALE_1985,
      gender: '1',
      ethnicity: '01',
      birthDate: '1985-06-01',
      politicalStatus: '01',
      partyJoinedOn: '2008-07-01',
      unitId: UNIT,
      rank: 'clerk_1',
      fieldTags: ['教育', '乡村振兴', '财政'],
    });
    expect(result.filled).toContain('phone');
    expect(result.filled).not.toContain('post');
  });
  it('accepts dictionary codes as well as labels', () => {
    expect(row({ gender: '1', ethnicity: '01' }).issues).toEqual([]);
  });
  it('reports every problem of a row, one per field', () => {
    expect(problems({ name: '', ethnicity: '火星族', unitId: 'NOPE', phone: '12345', birthDate: '1985-02-30' })).toEqual([
      ['name', '请填写姓名'],
      ['ethnicity', '“火星族”不是有效的民族（请从下拉列表中选择）'],
      ['birthDate', '出生日期不是有效日期（可填 1985-06-01、1985.06.01 或 1985年6月1日）'],
      ['unitId', '单位“NOPE”不存在或不在您的管理范围内'],
      ['phone', '电话号码格式不正确'],
    ]);
  });
  it('checks the ID number: check digit, birth date and gender (GB 11643-1999)', () => {
    const wrongCheck = MALE_1985.slice(0, 17) + (MALE_1985[17] === '0' ? '1' : '0');
    expect(problems({ idNumber: wrongCheck }).map((p) => p[0])).toEqual(['idNumber']);
    expect(problems({ birthDate: '1985-06-02' })).toEqual([['idNumber', '身份证号中的出生日期 1985-06-01 与填写的出生日期 1985-06-02 不一致']]);
    expect(problems({ gender: '女' })).toEqual([['idNumber', '身份证号第17位（奇数为男、偶数为女）与填写的性别不一致']]);
    expect(problems({ idNumber: Number(MALE_1985.slice(0, 17)) })).toEqual([['idNumber', '身份证号请以文本格式填写（数字格式会丢失末位）']]);
  });
  it('masks the ID number in the issue it reports', () => {
    const wrong = `${MALE_1985.slice(0, 17)}${MALE_1985[17] === '0' ? '1' : '0'}`;
    expect(row({ idNumber: wrong }).issues[0]?.value).toBe(`1****************${wrong.slice(-1)}`);
  });
  it('applies the party age rule (中国共产党章程 第一条)', () => {
    expect(problems({ partyJoinedOn: '2000.01' }).map((p) => p[0])).toEqual(['partyJoinedOn']);
  });
});

describe('small rules', () => {
  it('splits tags on 、 and commas', () => expect(splitTags('教育、 财政，农业,;')).toEqual(['教育', '财政', '农业']));
  it('recognizes the example row', () => {
    expect(isExampleRow('张三（示例）')).toBe(true);
    expect(isExampleRow('张三')).toBe(false);
  });
  it('reads whole numbers and dates as text', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(new Date(Date.UTC(2001, 0, 2)))).toBe('2001-01-02');
  });
  it('names every row of a duplicate group', () => {
    const rows = duplicateRows(
      new Map([
        ['a', [2, 5, 9]],
        ['b', [3]],
      ]),
    );
    expect([...rows]).toEqual([
      [2, '身份证号与本文件第 5、9 行重复'],
      [5, '身份证号与本文件第 2、9 行重复'],
      [9, '身份证号与本文件第 2、5 行重复'],
    ]);
  });
});
